package io.nexuszero.optimizer.core.recommend;

import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.core.model.LatencyModel;
import io.nexuszero.optimizer.core.space.Candidate;
import io.nexuszero.optimizer.core.space.SearchSpace;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * Ranks the feasible candidates; {@code best} is empty when none meets the target. Two passes over primitive
     * arrays (minima, then scores) and a bounded top-{@code limit} kept in two small arrays: no per-candidate
     * allocation, so concurrent requests do not pile garbage onto the collector.
     */
    public Ranking rank(SearchSpace space, LatencyModel model, ProofType type, int witnessLength,
                        double securityBits, Objective objective, int limit) {
        PredictionTable table = table(model, space);
        PredictionTable.Column column = table.column(type, witnessLength);
        try {
            return rank(space.candidates(), table, column, securityBits, objective, limit);
        } finally {
            table.release(column);
        }
    }

    private static Ranking rank(List<Candidate> candidates, PredictionTable table, PredictionTable.Column column,
                                double securityBits, Objective objective, int limit) {
        double[] bits = table.classicalBits();
        double[] prove = column.proveMicros();
        double[] verify = column.verifyMicros();
        long[] bytes = column.proofBytes();
        Minima minima = Minima.of(bits, bytes, prove, verify, securityBits);
        Top top = new Top(limit, candidates);
        for (int i = 0; i < bits.length; i++) {
            if (feasible(bits, bytes, securityBits, i)) {
                top.offer(i, objective.score(bytes[i], prove[i], verify[i], minima.bytes(), minima.prove(),
                        minima.verify()));
            }
        }
        return new Ranking(top.scored(table, column), minima.feasibleCount());
    }

    /** Meets the security target and has an exact size for the proof type. */
    private static boolean feasible(double[] bits, long[] bytes, double securityBits, int i) {
        return bits[i] >= securityBits && bytes[i] != PredictionTable.NO_PROOF;
    }

    /** First pass: how many candidates are feasible, and their smallest size and times (the scale of the scores). */
    private record Minima(int feasibleCount, double bytes, double prove, double verify) {

        static Minima of(double[] bits, long[] bytes, double[] prove, double[] verify, double securityBits) {
            int feasibleCount = 0;
            double minBytes = Double.MAX_VALUE;
            double minProve = Double.MAX_VALUE;
            double minVerify = Double.MAX_VALUE;
            for (int i = 0; i < bits.length; i++) {
                if (feasible(bits, bytes, securityBits, i)) {
                    feasibleCount++;
                    minBytes = Math.min(minBytes, bytes[i]);
                    minProve = Math.min(minProve, prove[i]);
                    minVerify = Math.min(minVerify, verify[i]);
                }
            }
            return new Minima(feasibleCount, minBytes, minProve, minVerify);
        }
    }

    /** Second pass: the top {@code limit} by (score, candidate id), best first, kept sorted by insertion. */
    private static final class Top {
        private final int[] index;
        private final double[] score;
        private final List<Candidate> candidates;
        private int kept;

        Top(int limit, List<Candidate> candidates) {
            this.index = new int[limit];
            this.score = new double[limit];
            this.candidates = candidates;
        }

        void offer(int i, double candidateScore) {
            int limit = index.length;
            if (kept == limit && !before(candidateScore, i, score[limit - 1], index[limit - 1], candidates)) {
                return;
            }
            int at = kept < limit ? kept++ : limit - 1;
            while (at > 0 && before(candidateScore, i, score[at - 1], index[at - 1], candidates)) {
                score[at] = score[at - 1];
                index[at] = index[at - 1];
                at--;
            }
            score[at] = candidateScore;
            index[at] = i;
        }

        List<ScoredCandidate> scored(PredictionTable table, PredictionTable.Column column) {
            List<ScoredCandidate> ranked = new ArrayList<>(kept);
            for (int r = 0; r < kept; r++) {
                int i = index[r];
                ranked.add(new ScoredCandidate(candidates.get(i), column.proofBytes()[i], table.prediction(column, i),
                        score[r]));
            }
            return List.copyOf(ranked);
        }
    }

    /** Score order, ties broken by candidate id, so equal scores rank the same on every run. */
    private static boolean before(double score, int index, double otherScore, int otherIndex, List<Candidate> candidates) {
        int byScore = Double.compare(score, otherScore);
        return byScore < 0 || byScore == 0 && candidates.get(index).id().compareTo(candidates.get(otherIndex).id()) < 0;
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
