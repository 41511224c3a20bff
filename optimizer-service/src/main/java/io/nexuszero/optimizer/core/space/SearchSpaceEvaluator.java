package io.nexuszero.optimizer.core.space;

import io.nexuszero.optimizer.api.LatticeParameters;
import io.nexuszero.optimizer.client.CryptoServiceClient;
import io.nexuszero.optimizer.client.CryptoServiceException;
import io.nexuszero.optimizer.client.EvaluateRequest;
import io.nexuszero.optimizer.client.EvaluationResult;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Asks crypto-service about every candidate of a grid (in batches of ≤ 500) and keeps the valid ones. */
public class SearchSpaceEvaluator {
    private final CryptoServiceClient client;
    private final Clock clock;

    public SearchSpaceEvaluator(CryptoServiceClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    public SearchSpaceSnapshot evaluate(CandidateGrid grid, String cryptoServiceVersion) throws CryptoServiceException {
        List<LatticeParameters> all = grid.generate();
        List<Candidate> valid = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CryptoServiceClient.MAX_EVALUATE_BATCH) {
            List<LatticeParameters> batch = all.subList(from, Math.min(all.size(), from + CryptoServiceClient.MAX_EVALUATE_BATCH));
            List<EvaluationResult> results = client.evaluate(new EvaluateRequest(batch, grid.witnessLengths()));
            for (int i = 0; i < batch.size(); i++) {
                // The id comes from what we asked about, so lookups never depend on how the answer echoes it.
                Candidate candidate = candidate(batch.get(i), results.get(i));
                if (candidate != null) {
                    valid.add(candidate);
                }
            }
        }
        return new SearchSpaceSnapshot(cryptoServiceVersion, clock.instant(), grid.fingerprint(), all.size(), valid);
    }

    /** One candidate's answer as a Candidate (null when crypto-service says it is not valid). */
    public static Candidate candidate(LatticeParameters asked, EvaluationResult result) {
        if (!result.valid() || result.estimate() == null || result.sizes() == null) {
            return null;
        }
        return new Candidate(asked.candidateId(), asked, result.estimate(), curves(result.sizes()),
                result.sizes().maxWitnessLength(), attemptCurves(result.expectedAttempts()));
    }

    private static Map<String, AttemptsCurve> attemptCurves(Map<String, Map<String, Double>> reported) {
        return curvesByType(reported, AttemptsCurve::new);
    }

    private static Map<String, ProofSizeCurve> curves(EvaluationResult.Sizes sizes) {
        return curvesByType(sizes.proofBytes(), ProofSizeCurve::new);
    }

    /**
     * crypto-service's per proof type, per witness length answers ("16" → value) as one curve per proof type,
     * keyed by wire name; absent or empty answers give no curve.
     */
    private static <V, C> Map<String, C> curvesByType(Map<String, Map<String, V>> reported,
                                                     Function<Map<Integer, V>, C> curve) {
        Map<String, C> curves = new HashMap<>();
        if (reported == null) {
            return curves;
        }
        reported.forEach((type, byLength) -> {
            Map<Integer, V> points = new HashMap<>();
            byLength.forEach((length, value) -> points.put(Integer.parseInt(length), value));
            if (!points.isEmpty()) {
                curves.put(type, curve.apply(points));
            }
        });
        return curves;
    }
}
