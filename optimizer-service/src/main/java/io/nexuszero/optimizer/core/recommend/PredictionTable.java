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
 * Everything a request needs about every candidate of one search space, precomputed in flat primitive arrays
 * aligned with {@code space.candidates()}, so a request is one allocation-free scan instead of thousands of model
 * evaluations (~30 µs each in Tribuo) and map lookups: each candidate's classical security bits, and per proof type
 * and anchor witness length (1, 2, 4, …, 4096) the predicted prove and verify microseconds and the exact proof size
 * (−1 where the candidate cannot make that proof). For a length between two anchors, times are interpolated
 * log-linearly (log time over log length) and sizes asked of the candidates — the rare path, it allocates. The
 * table belongs to one (model, search space) pair: a new model or space starts a new one. At most 3 × 13 columns.
 */
public final class PredictionTable {
    public static final int MAX_WITNESS_LENGTH = 4096;
    static final long NO_PROOF = -1;

    private final LatencyModel model;
    private final SearchSpace space;
    private final double[] classicalBits;
    private final Map<Key, Column> byAnchor = new ConcurrentHashMap<>();

    private record Key(ProofType type, int anchorLength) {
    }

    /** Predicted times and exact sizes of every candidate at one (proof type, witness length). */
    public record Column(double[] proveMicros, double[] verifyMicros, long[] proofBytes) {
    }

    public PredictionTable(LatencyModel model, SearchSpace space) {
        this.model = model;
        this.space = space;
        this.classicalBits = space.candidates().stream().mapToDouble(c -> c.estimate().classicalBits()).toArray();
    }

    public boolean belongsTo(LatencyModel otherModel, SearchSpace otherSpace) {
        return model == otherModel && space == otherSpace;
    }

    /** Classical core-SVP bits of each candidate, aligned with {@code space.candidates()}; do not modify. */
    double[] classicalBits() {
        return classicalBits;
    }

    /** The column for this request's proof type and witness length; its arrays must not be modified. */
    public Column column(ProofType type, int witnessLength) {
        int length = Features.effectiveWitnessLength(type, Math.max(1, Math.min(MAX_WITNESS_LENGTH, witnessLength)));
        int low = Integer.highestOneBit(length);
        if (low == length) {
            return anchor(type, length);
        }
        int high = low * 2;
        double weight = (Math.log(length) - Math.log(low)) / (Math.log(high) - Math.log(low));
        Column below = anchor(type, low);
        Column above = anchor(type, high);
        List<Candidate> candidates = space.candidates();
        int count = candidates.size();
        double[] prove = new double[count];
        double[] verify = new double[count];
        long[] bytes = new long[count];
        for (int i = 0; i < count; i++) {
            prove[i] = geometric(below.proveMicros()[i], above.proveMicros()[i], weight);
            verify[i] = geometric(below.verifyMicros()[i], above.verifyMicros()[i], weight);
            bytes[i] = bytes(candidates.get(i), type, length);
        }
        return new Column(prove, verify, bytes);
    }

    /** Predictions at this proof type and length, aligned with {@code space.candidates()}. */
    public LatencyPrediction prediction(Column column, int index) {
        return new LatencyPrediction(column.proveMicros()[index], column.verifyMicros()[index]);
    }

    /** Computes every anchor now (in the background after a model or space change) so requests never wait. */
    public void warmUp() {
        for (ProofType type : ProofType.values()) {
            for (int length = 1; length <= (type.dependsOnWitnessLength() ? MAX_WITNESS_LENGTH : 1); length *= 2) {
                anchor(type, length);
            }
        }
    }

    private Column anchor(ProofType type, int length) {
        Key key = new Key(type, length);
        Column column = byAnchor.get(key);   // plain read first: the hot path never touches the map's locks
        return column != null ? column : byAnchor.computeIfAbsent(key, this::compute);
    }

    private Column compute(Key key) {
        List<Candidate> candidates = space.candidates();
        int count = candidates.size();
        double[] prove = new double[count];
        double[] verify = new double[count];
        long[] bytes = new long[count];
        for (int i = 0; i < count; i++) {
            Candidate candidate = candidates.get(i);
            LatencyPrediction p = model.predict(candidate, key.type(), key.anchorLength());
            prove[i] = p.proveMicros();
            verify[i] = p.verifyMicros();
            bytes[i] = bytes(candidate, key.type(), key.anchorLength());
        }
        return new Column(prove, verify, bytes);
    }

    private static long bytes(Candidate candidate, ProofType type, int length) {
        Long size = candidate.proofBytes(type, length);
        return size == null ? NO_PROOF : size;
    }

    private static double geometric(double a, double b, double weight) {
        return Math.exp((1 - weight) * Math.log(a) + weight * Math.log(b));
    }
}
