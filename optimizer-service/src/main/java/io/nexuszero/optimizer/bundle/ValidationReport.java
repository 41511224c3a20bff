package io.nexuszero.optimizer.bundle;

import io.nexuszero.optimizer.api.HoldoutMetrics;
import io.nexuszero.optimizer.core.validation.RegretEvaluator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What build-bundle measured about its own output: the figures docs/BENCHMARKS.md quotes. */
public record ValidationReport(
        String cryptoServiceVersion,
        Instant generatedAt,
        int samples,
        int measuredCandidates,
        int searchSpaceCandidates,
        String servingModel,
        Map<String, HoldoutMetrics> holdoutByAlgorithm,
        Regret regret,
        Audit audit) {

    /** Regret on measurements the model never trained on: {@code source} says which (fresh validation set or holdout). */
    public record Regret(String source, int samples, int candidates, int cases, double maxRegret, double meanRegret,
                         long casesOver10Percent,
                         List<RegretEvaluator.Case> worst) {
    }

    /** The request grid re-checked with crypto-service's estimator. */
    public record Audit(int requests, int answered, List<String> unanswered, int recommendationsChecked,
                        List<String> violations) {
    }

    public String summary() {
        HoldoutMetrics serving = holdoutByAlgorithm.values().stream()
                .min((a, b) -> Double.compare(a.meanRmse(), b.meanRmse())).orElseThrow();
        return String.format(
                "model %s on %d samples (%d candidates): holdout R² prove %.3f verify %.3f%n"
                        + "regret over %d requests on the %s (%d parameter sets): max %.1f%%, mean %.2f%%, %d over 10%%%n"
                        + "audit: %d/%d grid requests answered (%d refused: no feasible parameter set), %d recommendations"
                        + " checked with crypto-service, %d below target or invalid",
                servingModel, samples, measuredCandidates, serving.prove().r2(), serving.verify().r2(),
                regret.cases(), regret.source(), regret.candidates(), 100 * regret.maxRegret(),
                100 * regret.meanRegret(), regret.casesOver10Percent(),
                audit.answered(), audit.requests(), audit.unanswered().size(), audit.recommendationsChecked(),
                audit.violations().size());
    }
}
