package io.nexuszero.optimizer.core.recommend;

import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.core.model.LatencyModel;
import io.nexuszero.optimizer.core.model.LatencyPrediction;
import io.nexuszero.optimizer.core.space.Candidate;
import io.nexuszero.optimizer.core.space.SearchSpace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Ranks the search space for one request: keeps the candidates whose estimate meets the security target
 * (classical core-SVP bits ≥ target; crypto-service already refused any parameter set that breaks a correctness
 * bound) and that have an exact size for the proof type, then orders them by {@link Objective#score}.
 */
public class Recommender {
    private final AtomicReference<PredictionTable> table = new AtomicReference<>();

    /** The best {@code limit} feasible candidates, best first, and how many were feasible in all. */
    public record Ranking(List<ScoredCandidate> best, int feasibleCount) {
    }

    /** Ranks the feasible candidates; {@code best} is empty when none meets the target. */
    public Ranking rank(SearchSpace space, LatencyModel model, ProofType type, int witnessLength,
                        double securityBits, Objective objective, int limit) {
        List<Candidate> candidates = space.candidates();
        LatencyPrediction[] predictions = table(model, space).predictions(type, witnessLength);
        int count = candidates.size();
        long[] bytes = new long[count];
        boolean[] feasible = new boolean[count];
        int feasibleCount = 0;
        double minBytes = Double.MAX_VALUE;
        double minProve = Double.MAX_VALUE;
        double minVerify = Double.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            Candidate candidate = candidates.get(i);
            if (!candidate.meets(securityBits)) {
                continue;
            }
            Long size = candidate.proofBytes(type, witnessLength);
            if (size == null) {
                continue;
            }
            feasible[i] = true;
            feasibleCount++;
            bytes[i] = size;
            minBytes = Math.min(minBytes, size);
            minProve = Math.min(minProve, predictions[i].proveMicros());
            minVerify = Math.min(minVerify, predictions[i].verifyMicros());
        }
        // Keep only the best `limit` in a bounded max-heap: requests scan thousands of candidates but return five.
        Comparator<ScoredCandidate> order = Comparator.comparingDouble(ScoredCandidate::score)
                .thenComparing(s -> s.candidate().id());
        PriorityQueue<ScoredCandidate> best = new PriorityQueue<>(limit + 1, order.reversed());
        for (int i = 0; i < count; i++) {
            if (!feasible[i]) {
                continue;
            }
            LatencyPrediction p = predictions[i];
            double score = objective.score(bytes[i], p.proveMicros(), p.verifyMicros(), minBytes, minProve, minVerify);
            if (best.size() < limit || score <= best.peek().score()) {
                best.add(new ScoredCandidate(candidates.get(i), bytes[i], p, score));
                if (best.size() > limit) {
                    best.poll();
                }
            }
        }
        List<ScoredCandidate> ranked = new ArrayList<>(best);
        ranked.sort(order);
        return new Ranking(List.copyOf(ranked), feasibleCount);
    }

    /** Precomputes the predictions for this space and model. */
    public void warmUp(SearchSpace space, LatencyModel model) {
        table(model, space).warmUp();
    }

    private PredictionTable table(LatencyModel model, SearchSpace space) {
        PredictionTable existing = table.get();
        if (existing != null && existing.belongsTo(model, space)) {
            return existing;
        }
        PredictionTable fresh = new PredictionTable(model, space);
        table.compareAndSet(existing, fresh);
        return fresh;
    }
}
