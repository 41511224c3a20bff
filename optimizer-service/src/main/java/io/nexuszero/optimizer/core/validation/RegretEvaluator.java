package io.nexuszero.optimizer.core.validation;

import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.core.dataset.Sample;
import io.nexuszero.optimizer.core.model.LatencyModel;
import io.nexuszero.optimizer.core.model.LatencyPrediction;
import io.nexuszero.optimizer.core.recommend.Objective;
import io.nexuszero.optimizer.core.space.Candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Regret on a measured validation set (candidates the model did not train on): for each request, the model picks
 * the candidate with the best predicted score; regret is how much worse that candidate's measured cost is than the
 * best measured cost among the same feasible candidates (0.05 = 5% worse). Costs use the service's scoring
 * (each cost divided by its minimum among the feasible validation candidates). The measured prove cost is the
 * expected prove time ({@link Sample#expectedProveMicros}: measured cost per attempt × crypto-service's expected
 * attempts), so a lucky or unlucky run of rejection sampling does not decide which candidate "measured" best.
 */
public class RegretEvaluator {

    /** One evaluated request. */
    public record Case(int securityBits, String proofType, int witnessLength, String objective, int feasible,
                       String recommended, String bestMeasured, double regret) {
    }

    /** All cases, and the worst and mean regret over requests with at least two feasible candidates. */
    public record Result(List<Case> cases, double maxRegret, double meanRegret) {
    }

    public Result evaluate(LatencyModel model, List<Sample> validation, Function<String, Candidate> candidates,
                           List<Integer> levels, Map<String, Objective> objectives) {
        Map<String, List<Sample>> byPoint = new TreeMap<>();
        for (Sample sample : validation) {
            byPoint.computeIfAbsent(sample.proofType() + "@" + sample.witnessLength(), k -> new ArrayList<>()).add(sample);
        }
        List<Case> cases = new ArrayList<>();
        for (List<Sample> point : byPoint.values()) {
            ProofType type = ProofType.fromWireName(point.get(0).proofType()).orElseThrow();
            int length = point.get(0).witnessLength();
            for (int level : levels) {
                List<Sample> feasible = point.stream()
                        .filter(s -> candidates.apply(s.candidateId()) != null && candidates.apply(s.candidateId()).meets(level)
                                && s.proofBytes() != null && s.trainable())
                        .toList();
                if (feasible.size() < 2) {
                    continue;
                }
                List<LatencyPrediction> predicted = feasible.stream()
                        .map(s -> model.predict(candidates.apply(s.candidateId()), type, length)).toList();
                List<LatencyPrediction> measured = feasible.stream()
                        .map(s -> new LatencyPrediction(s.expectedProveMicros(), s.verifyMicros())).toList();
                for (Map.Entry<String, Objective> objective : new TreeMap<>(objectives).entrySet()) {
                    double[] predictedScores = scores(feasible, predicted, objective.getValue());
                    double[] measuredScores = scores(feasible, measured, objective.getValue());
                    int recommended = argmin(predictedScores);
                    int best = argmin(measuredScores);
                    double regret = measuredScores[recommended] / measuredScores[best] - 1;
                    cases.add(new Case(level, type.wireName(), length, objective.getKey(), feasible.size(),
                            feasible.get(recommended).candidateId(), feasible.get(best).candidateId(), regret));
                }
            }
        }
        double max = cases.stream().mapToDouble(Case::regret).max().orElse(0);
        double mean = cases.stream().mapToDouble(Case::regret).average().orElse(0);
        return new Result(cases, max, mean);
    }

    private static double[] scores(List<Sample> feasible, List<LatencyPrediction> times, Objective objective) {
        double minBytes = feasible.stream().mapToDouble(Sample::proofBytes).min().orElseThrow();
        double minProve = times.stream().mapToDouble(LatencyPrediction::proveMicros).min().orElseThrow();
        double minVerify = times.stream().mapToDouble(LatencyPrediction::verifyMicros).min().orElseThrow();
        double[] out = new double[feasible.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = objective.score(feasible.get(i).proofBytes(), times.get(i).proveMicros(), times.get(i).verifyMicros(),
                    minBytes, minProve, minVerify);
        }
        return out;
    }

    private static int argmin(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[best]) {
                best = i;
            }
        }
        return best;
    }
}
