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
import java.util.TreeMap;

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
        Map<String, AttemptsCurve> curves = new HashMap<>();
        if (reported == null) {
            return curves;
        }
        reported.forEach((type, byLength) -> {
            Map<Integer, Double> points = new HashMap<>();
            byLength.forEach((length, attempts) -> points.put(Integer.parseInt(length), attempts));
            if (!points.isEmpty()) {
                curves.put(type, new AttemptsCurve(points));
            }
        });
        return curves;
    }

    private static Map<String, ProofSizeCurve> curves(EvaluationResult.Sizes sizes) {
        Map<String, ProofSizeCurve> curves = new HashMap<>();
        if (sizes.proofBytes() == null) {
            return curves;
        }
        sizes.proofBytes().forEach((type, byLength) -> {
            Map<Integer, Long> points = new TreeMap<>();
            byLength.forEach((length, bytes) -> points.put(Integer.parseInt(length), bytes));
            if (!points.isEmpty()) {
                curves.put(type, new ProofSizeCurve(points));
            }
        });
        return curves;
    }
}
