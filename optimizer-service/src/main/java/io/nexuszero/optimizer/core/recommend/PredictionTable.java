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
 * The model's predictions for every candidate of one search space at one (proof type, witness length), computed
 * once and reused: a request then costs a scan, not thousands of tree-ensemble evaluations. Belongs to exactly one
 * (model, search space) pair, so a new model or space starts a new table. Bounded: cleared when full.
 */
public final class PredictionTable {
    private final LatencyModel model;
    private final SearchSpace space;
    private final int maxEntries;
    private final Map<Key, LatencyPrediction[]> byKey = new ConcurrentHashMap<>();

    private record Key(ProofType type, int witnessLength) {
    }

    public PredictionTable(LatencyModel model, SearchSpace space, int maxEntries) {
        this.model = model;
        this.space = space;
        this.maxEntries = maxEntries;
    }

    public boolean belongsTo(LatencyModel otherModel, SearchSpace otherSpace) {
        return model == otherModel && space == otherSpace;
    }

    /** Predictions aligned with {@code space.candidates()}. */
    public LatencyPrediction[] predictions(ProofType type, int witnessLength) {
        Key key = new Key(type, Features.effectiveWitnessLength(type, witnessLength));
        LatencyPrediction[] cached = byKey.get(key);
        if (cached != null) {
            return cached;
        }
        LatencyPrediction[] computed = compute(key);
        if (byKey.size() >= maxEntries) {
            byKey.clear();
        }
        byKey.putIfAbsent(key, computed);
        return computed;
    }

    private LatencyPrediction[] compute(Key key) {
        List<Candidate> candidates = space.candidates();
        LatencyPrediction[] out = new LatencyPrediction[candidates.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = model.predict(candidates.get(i).parameters(), key.type(), key.witnessLength());
        }
        return out;
    }
}
