package io.nexuszero.optimizer.core.recommend;

import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.core.model.Features;
import io.nexuszero.optimizer.core.model.LatencyModel;
import io.nexuszero.optimizer.core.model.LatencyPrediction;
import io.nexuszero.optimizer.core.space.Candidate;
import io.nexuszero.optimizer.core.space.SearchSpace;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The model's predictions for every candidate of one search space, so a request costs a scan instead of thousands
 * of tree-ensemble evaluations (~30 µs each in Tribuo). Predictions are computed exactly at the anchor witness
 * lengths 1, 2, 4, …, 4096; for a length between two anchors they are interpolated log-linearly (in log time over
 * log length) between the neighbouring anchors. The table belongs to one (model, search space) pair: a new model or
 * space starts a new one. At most 3 × 13 arrays, so it needs no eviction.
 */
public final class PredictionTable {
    public static final int MAX_WITNESS_LENGTH = 4096;

    private final LatencyModel model;
    private final SearchSpace space;
    private final Map<Key, LatencyPrediction[]> byAnchor = new ConcurrentHashMap<>();

    private record Key(ProofType type, int anchorLength) {
    }

    public PredictionTable(LatencyModel model, SearchSpace space) {
        this.model = model;
        this.space = space;
    }

    public boolean belongsTo(LatencyModel otherModel, SearchSpace otherSpace) {
        return model == otherModel && space == otherSpace;
    }

    /** Predictions aligned with {@code space.candidates()}. */
    public LatencyPrediction[] predictions(ProofType type, int witnessLength) {
        int length = Features.effectiveWitnessLength(type, Math.max(1, Math.min(MAX_WITNESS_LENGTH, witnessLength)));
        int low = Integer.highestOneBit(length);
        if (low == length) {
            return anchor(type, length);
        }
        int high = low * 2;
        double weight = (Math.log(length) - Math.log(low)) / (Math.log(high) - Math.log(low));
        LatencyPrediction[] below = anchor(type, low);
        LatencyPrediction[] above = anchor(type, high);
        LatencyPrediction[] out = new LatencyPrediction[below.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = new LatencyPrediction(
                    geometric(below[i].proveMicros(), above[i].proveMicros(), weight),
                    geometric(below[i].verifyMicros(), above[i].verifyMicros(), weight));
        }
        return out;
    }

    /** Computes every anchor now (in the background after a model or space change) so requests never wait. */
    public void warmUp() {
        for (ProofType type : ProofType.values()) {
            for (int length = 1; length <= (type.dependsOnWitnessLength() ? MAX_WITNESS_LENGTH : 1); length *= 2) {
                anchor(type, length);
            }
        }
    }

    private LatencyPrediction[] anchor(ProofType type, int length) {
        return byAnchor.computeIfAbsent(new Key(type, length), this::compute);
    }

    private LatencyPrediction[] compute(Key key) {
        List<Candidate> candidates = space.candidates();
        LatencyPrediction[] out = new LatencyPrediction[candidates.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = model.predict(candidates.get(i).parameters(), key.type(), key.anchorLength());
        }
        return out;
    }

    private static double geometric(double a, double b, double weight) {
        return Math.exp((1 - weight) * Math.log(a) + weight * Math.log(b));
    }
}
