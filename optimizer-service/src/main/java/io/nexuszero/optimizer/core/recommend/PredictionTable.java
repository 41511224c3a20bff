package io.nexuszero.optimizer.core.recommend;

import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.core.model.Features;
import io.nexuszero.optimizer.core.model.LatencyModel;
import io.nexuszero.optimizer.core.model.LatencyPrediction;
import io.nexuszero.optimizer.core.space.Candidate;
import io.nexuszero.optimizer.core.space.SearchSpace;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Everything a request needs about every candidate of one search space, precomputed in flat primitive arrays
 * aligned with {@code space.candidates()}, so a request is one allocation-free scan instead of thousands of model
 * evaluations (~30 µs each in Tribuo) and map lookups: each candidate's classical security bits, and per proof type
 * and anchor witness length (1, 2, 4, …, 4096) the predicted prove and verify microseconds and the exact proof size
 * (−1 where the candidate cannot make that proof). For a length between two anchors, times are interpolated
 * log-linearly (log time over log length) from the anchors' precomputed logarithms, and sizes are read from each
 * candidate's size curve resolved once per proof type ({@link ProofSizeTable}): no model call, no map lookup, one
 * {@code exp} per time, into a column lent to that request and reused once it is given back ({@link #release}).
 * A length asked for again soon (within {@link #RECENTLY_GIVEN_BACK} given-back columns) keeps its column instead
 * ({@link #RECENT_COLUMNS} most recently used, ~220 KB each at 9188 candidates), so lengths clients repeat cost what
 * an anchor costs, and one-off lengths still allocate nothing. The table belongs to one (model, search space) pair: a new model or space starts a new one. At most
 * 3 × 13 anchor columns, {@link #RECENT_COLUMNS} kept ones, plus one lendable column per request in flight at the
 * peak.
 */
public final class PredictionTable {
    public static final int MAX_WITNESS_LENGTH = 4096;
    /** Interpolated columns kept for lengths asked for more than once. */
    static final int RECENT_COLUMNS = 32;
    /** Given-back lengths remembered: a second request within this many others keeps the column. */
    static final int RECENTLY_GIVEN_BACK = 64;
    static final long NO_PROOF = -1;

    private final LatencyModel model;
    private final SearchSpace space;
    private final double[] classicalBits;
    private final Map<ProofType, ProofSizeTable> sizes = new EnumMap<>(ProofType.class);
    private final Map<Key, Anchor> byAnchor = new ConcurrentHashMap<>();
    // Interpolated columns given back: ~24 bytes per candidate, so one per request would be ~165 KB of garbage.
    private final Queue<Column> spareColumns = new ConcurrentLinkedQueue<>();
    /**
     * Lengths between anchors whose column was given back recently (the last {@link #RECENTLY_GIVEN_BACK}): a length
     * asked for again within that window is kept. A bounded window, not every length ever seen, so that a stream of
     * random lengths (each seen once in a long while) keeps reusing one column instead of keeping, evicting and
     * reallocating ~220 KB columns — garbage the collector would pay for in the tail latency.
     */
    private final Map<Key, Boolean> givenBack = leastRecentlyUsed(RECENTLY_GIVEN_BACK);
    /** Kept columns, least recently used first; evicted ones become garbage (a reader may still hold them). */
    private final Map<Key, Column> recent = leastRecentlyUsed(RECENT_COLUMNS);

    /** A proof type and an (effective) witness length: the key of anchor, lent and kept columns alike. */
    record Key(ProofType type, int witnessLength) {
    }

    /**
     * Predicted times and exact sizes of every candidate at one (proof type, witness length). {@code lent}: computed
     * for one caller between two anchors, who gives it back with {@link #release}; otherwise a shared anchor or kept
     * column. {@code key}: the (type, length) the column holds.
     */
    public record Column(double[] proveMicros, double[] verifyMicros, long[] proofBytes, boolean lent, Key key) {
    }

    /** An anchor column with the natural logarithms of its times, which every length interpolated from it needs. */
    private record Anchor(Column column, double[] lnProveMicros, double[] lnVerifyMicros) {
    }

    public PredictionTable(LatencyModel model, SearchSpace space) {
        this.model = model;
        this.space = space;
        this.classicalBits = space.candidates().stream().mapToDouble(c -> c.estimate().classicalBits()).toArray();
        for (ProofType type : ProofType.values()) {
            sizes.put(type, new ProofSizeTable(space.candidates(), type));
        }
    }

    public boolean belongsTo(LatencyModel otherModel, SearchSpace otherSpace) {
        return model == otherModel && space == otherSpace;
    }

    /** Classical core-SVP bits of each candidate, aligned with {@code space.candidates()}; do not modify. */
    double[] classicalBits() {
        return classicalBits;
    }

    /**
     * The column for this request's proof type and witness length; its arrays must not be modified. Give it back with
     * {@link #release} once read (not giving it back only costs an allocation next time).
     */
    public Column column(ProofType type, int witnessLength) {
        int length = Features.effectiveWitnessLength(type, Math.max(1, Math.min(MAX_WITNESS_LENGTH, witnessLength)));
        int low = Integer.highestOneBit(length);
        if (low == length) {
            return anchor(type, length).column();
        }
        Key key = new Key(type, length);
        Column kept = recent.get(key);
        if (kept != null) {
            return kept;
        }
        int high = low * 2;
        int lowExponent = Integer.numberOfTrailingZeros(low);
        double weight = (Math.log(length) - Math.log(low)) / (Math.log(high) - Math.log(low));
        Anchor below = anchor(type, low);
        Anchor above = anchor(type, high);
        ProofSizeTable typeSizes = sizes.get(type);
        Column column = borrow(key);
        double[] prove = column.proveMicros();
        double[] verify = column.verifyMicros();
        long[] bytes = column.proofBytes();
        for (int i = 0; i < classicalBits.length; i++) {
            prove[i] = geometric(below.lnProveMicros()[i], above.lnProveMicros()[i], weight);
            verify[i] = geometric(below.lnVerifyMicros()[i], above.lnVerifyMicros()[i], weight);
            bytes[i] = typeSizes.bytesBetweenAnchors(i, length, lowExponent);
        }
        return column;
    }

    /**
     * Takes back a column from {@link #column} whose values the caller no longer reads: it is reused for the next
     * request, unless the same length was given back within the last {@link #RECENTLY_GIVEN_BACK} columns, in which
     * case it is kept for that length. Anchors and kept columns stay as they are.
     */
    public void release(Column column) {
        if (!column.lent()) {
            return;
        }
        Key key = column.key();
        if (givenBack.put(key, Boolean.TRUE) == null) {
            spareColumns.offer(column);
        } else {
            recent.put(key, new Column(column.proveMicros(), column.verifyMicros(), column.proofBytes(), false, key));
        }
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

    private Anchor anchor(ProofType type, int length) {
        Key key = new Key(type, length);
        Anchor anchor = byAnchor.get(key);   // plain read first: the hot path never touches the map's locks
        return anchor != null ? anchor : byAnchor.computeIfAbsent(key, this::compute);
    }

    private Anchor compute(Key key) {
        List<Candidate> candidates = space.candidates();
        ProofSizeTable typeSizes = sizes.get(key.type());
        int count = candidates.size();
        double[] prove = new double[count];
        double[] verify = new double[count];
        long[] bytes = new long[count];
        for (int i = 0; i < count; i++) {
            LatencyPrediction p = model.predict(candidates.get(i), key.type(), key.witnessLength());
            prove[i] = p.proveMicros();
            verify[i] = p.verifyMicros();
            bytes[i] = typeSizes.bytes(i, key.witnessLength());
        }
        return new Anchor(new Column(prove, verify, bytes, false, key), logarithms(prove), logarithms(verify));
    }

    /** A synchronized map in access order that drops its least recently used entry beyond {@code capacity}. */
    private static <V> Map<Key, V> leastRecentlyUsed(int capacity) {
        return Collections.synchronizedMap(new LinkedHashMap<>(2 * capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
                return size() > capacity;
            }
        });
    }

    private Column borrow(Key key) {
        Column spare = spareColumns.poll();
        if (spare != null) {
            return new Column(spare.proveMicros(), spare.verifyMicros(), spare.proofBytes(), true, key);
        }
        int count = classicalBits.length;
        return new Column(new double[count], new double[count], new long[count], true, key);
    }

    private static double[] logarithms(double[] values) {
        double[] logs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            logs[i] = Math.log(values[i]);
        }
        return logs;
    }

    /** exp((1 − w)·ln a + w·ln b), given ln a and ln b: the same expression, and so the same bits, as before. */
    private static double geometric(double lnA, double lnB, double weight) {
        return Math.exp((1 - weight) * lnA + weight * lnB);
    }
}
