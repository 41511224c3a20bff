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
import java.util.Optional;

/**
 * Re-checks recommendations with crypto-service: runs every request of the grid, then asks crypto-service's
 * evaluator (not the cached snapshot) whether each recommended and alternative parameter set is valid and meets its
 * request's target, whether it can prove the request's witness length (its {@code maxWitnessLength} — linear-relation
 * format 2 reaches 4096 values, a search space of format 1 would not) and whether the proof size the answer quotes
 * is crypto-service's exact size at that length.
 */
public class RecommendationAudit {
    private final Optimizer optimizer;
    private final CryptoServiceClient client;

    public RecommendationAudit(Optimizer optimizer, CryptoServiceClient client) {
        this.optimizer = optimizer;
        this.client = client;
    }

    /**
     * Outcome: requests answered; requests the service refused because no parameter set can serve them (e.g.
     * linear-relation far above its witness limit: an honest 422, not a wrong answer); recommendations checked; and
     * violations (a recommended parameter set crypto-service finds invalid, below the target, unable to prove the
     * witness length, or quoted with another exact proof size than crypto-service's).
     */
    public record Result(int requests, int answered, List<String> unanswered, int checked, List<String> violations) {
        public boolean allMeetTarget() {
            return violations.isEmpty();
        }
    }

    public Result run(List<RequestGrid.Request> requests) throws CryptoServiceException {
        Map<String, LatticeParameters> unique = new LinkedHashMap<>();
        Map<RequestGrid.Request, List<RankedCandidate>> answers = new LinkedHashMap<>();
        List<String> unanswered = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        for (RequestGrid.Request request : requests) {
            try {
                OptimizeResponse response = optimizer.optimize(request.proofType(), request.witnessLength(),
                        request.securityBits(), request.objective());
                List<RankedCandidate> all = new ArrayList<>();
                all.add(response.recommendation());
                all.addAll(response.alternatives());
                answers.put(request, all);
                all.forEach(c -> unique.put(c.candidateId(), c.parameters()));
            } catch (io.nexuszero.common.errors.ApiException e) {
                unanswered.add(request.securityBits() + " bits " + request.proofType().wireName() + " L="
                        + request.witnessLength() + " " + request.objectiveName() + ": " + e.code());
            }
        }
        Map<String, EvaluationResult> verdicts = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(unique.keySet());
        List<Integer> lengths = requests.stream().map(RequestGrid.Request::witnessLength).distinct().sorted().toList();
        for (int from = 0; from < ids.size(); from += CryptoServiceClient.MAX_EVALUATE_BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + CryptoServiceClient.MAX_EVALUATE_BATCH));
            List<EvaluationResult> results = client.evaluate(new EvaluateRequest(
                    batch.stream().map(unique::get).toList(), lengths));
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
                    violations.add(answer.getKey() + ": " + candidate.candidateId() + " invalid: " + verdict.reason());
                } else if (verdict.estimate().classicalBits() < answer.getKey().securityBits()) {
                    violations.add(answer.getKey() + ": " + candidate.candidateId() + " has "
                            + verdict.estimate().classicalBits() + " classical bits");
                } else {
                    sizeViolation(answer.getKey(), candidate, verdict.sizes()).ifPresent(violations::add);
                }
            }
        }
        return new Result(requests.size(), answers.size(), unanswered, checked, violations);
    }

    /** The request's witness length beyond what the set can prove, or a quoted exact size that is not the real one. */
    private static Optional<String> sizeViolation(RequestGrid.Request request, RankedCandidate candidate,
                                                  EvaluationResult.Sizes sizes) {
        String type = request.proofType().wireName();
        int length = request.witnessLength();
        Integer max = sizes == null || sizes.maxWitnessLength() == null ? null : sizes.maxWitnessLength().get(type);
        if (request.proofType().dependsOnWitnessLength() && (max == null || length > max)) {
            return Optional.of(request + ": " + candidate.candidateId() + " proves at most " + max + " values");
        }
        Long exact = sizes == null || sizes.proofBytes() == null ? null
                : sizes.proofBytes().getOrDefault(type, Map.of()).get(Integer.toString(length));
        Long quoted = candidate.predicted().proofBytes();
        if (Boolean.TRUE.equals(candidate.predicted().proofBytesExact()) && exact != null && !exact.equals(quoted)) {
            return Optional.of(request + ": " + candidate.candidateId() + " quoted " + quoted + " proof bytes, crypto-service says "
                    + exact);
        }
        return Optional.empty();
    }
}
