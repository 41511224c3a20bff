package io.nexuszero.optimizer.core.validation;

import io.nexuszero.optimizer.api.LatticeParameters;
import io.nexuszero.optimizer.api.OptimizeResponse;
import io.nexuszero.optimizer.api.RankedCandidate;
import io.nexuszero.optimizer.client.CryptoServiceClient;
import io.nexuszero.optimizer.client.CryptoServiceException;
import io.nexuszero.optimizer.client.EvaluateRequest;
import io.nexuszero.optimizer.client.EvaluationResult;
import io.nexuszero.optimizer.core.recommend.Optimizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-checks recommendations with crypto-service: runs every request of the grid, then asks crypto-service's
 * evaluator (not the cached snapshot) whether each recommended and alternative parameter set is valid and meets its
 * request's target.
 */
public class RecommendationAudit {
    private final Optimizer optimizer;
    private final CryptoServiceClient client;

    public RecommendationAudit(Optimizer optimizer, CryptoServiceClient client) {
        this.optimizer = optimizer;
        this.client = client;
    }

    /** Outcome: how many requests were answered, how many recommendations checked, and every failure. */
    public record Result(int requests, int answered, int checked, List<String> failures) {
        public boolean allMeetTarget() {
            return failures.isEmpty() && answered == requests;
        }
    }

    public Result run(List<RequestGrid.Request> requests) throws CryptoServiceException {
        Map<String, LatticeParameters> unique = new LinkedHashMap<>();
        Map<RequestGrid.Request, List<RankedCandidate>> answers = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (RequestGrid.Request request : requests) {
            try {
                OptimizeResponse response = optimizer.optimize(request.proofType(), request.witnessLength(),
                        request.securityBits(), request.objective());
                List<RankedCandidate> all = new ArrayList<>();
                all.add(response.recommendation());
                all.addAll(response.alternatives());
                answers.put(request, all);
                all.forEach(c -> unique.put(c.candidateId(), c.parameters()));
            } catch (RuntimeException e) {
                failures.add(request + ": no answer (" + e.getMessage() + ")");
            }
        }
        Map<String, EvaluationResult> verdicts = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(unique.keySet());
        for (int from = 0; from < ids.size(); from += CryptoServiceClient.MAX_EVALUATE_BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + CryptoServiceClient.MAX_EVALUATE_BATCH));
            List<EvaluationResult> results = client.evaluate(new EvaluateRequest(
                    batch.stream().map(unique::get).toList(), List.of(1)));
            for (int i = 0; i < batch.size(); i++) {
                verdicts.put(batch.get(i), results.get(i));
            }
        }
        int checked = 0;
        for (Map.Entry<RequestGrid.Request, List<RankedCandidate>> answer : answers.entrySet()) {
            for (RankedCandidate candidate : answer.getValue()) {
                checked++;
                EvaluationResult verdict = verdicts.get(candidate.candidateId());
                if (!verdict.valid()) {
                    failures.add(answer.getKey() + ": " + candidate.candidateId() + " invalid: " + verdict.reason());
                } else if (verdict.estimate().classicalBits() < answer.getKey().securityBits()) {
                    failures.add(answer.getKey() + ": " + candidate.candidateId() + " has "
                            + verdict.estimate().classicalBits() + " classical bits");
                }
            }
        }
        return new Result(requests.size(), answers.size(), checked, failures);
    }
}
