package io.nexuszero.optimizer.core.space;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Exact proof sizes crypto-service reported at a few witness lengths (powers of two). Between those lengths: when
 * every reported point lies on one line ({@link #isAffine()}, e.g. lwe-secret, whose proof does not depend on the
 * length) the line gives the exact size; otherwise (e.g. commitment-opening and linear-relation, which pack values
 * into ring elements and grow in steps) the size at the next reported length is returned, an upper bound, and
 * {@link #isExactAt} says so. Beyond the longest reported length the proof is taken as unsupported.
 */
public final class ProofSizeCurve {
    private final NavigableMap<Integer, Long> bytesByWitnessLength;
    // The same points as arrays: bytesAt runs for every candidate of every request, so it must not box or walk a tree.
    private final int[] lengths;
    private final long[] bytes;
    private final boolean affine;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ProofSizeCurve(Map<Integer, Long> bytesByWitnessLength) {
        if (bytesByWitnessLength == null || bytesByWitnessLength.isEmpty()) {
            throw new IllegalArgumentException("a proof size curve needs at least one point");
        }
        this.bytesByWitnessLength = Collections.unmodifiableNavigableMap(new TreeMap<>(bytesByWitnessLength));
        this.lengths = this.bytesByWitnessLength.keySet().stream().mapToInt(Integer::intValue).toArray();
        this.bytes = this.bytesByWitnessLength.values().stream().mapToLong(Long::longValue).toArray();
        this.affine = computeAffine();
    }

    @JsonValue
    public NavigableMap<Integer, Long> points() {
        return bytesByWitnessLength;
    }

    /** Whether crypto-service reported a size at this length or a longer one. */
    public boolean supports(int witnessLength) {
        return witnessLength <= longestLength();
    }

    /** The longest witness length crypto-service reported a size for. */
    public int longestLength() {
        return lengths[lengths.length - 1];
    }

    /** Whether {@link #bytesAt} is the exact size (reported there, or the curve is affine) rather than a bound. */
    public boolean isExactAt(int witnessLength) {
        return affine || java.util.Arrays.binarySearch(lengths, witnessLength) >= 0;
    }

    /** The size at {@code witnessLength}; call only when {@link #supports} it. */
    public long bytesAt(int witnessLength) {
        int index = java.util.Arrays.binarySearch(lengths, witnessLength);
        if (index >= 0) {
            return bytes[index];
        }
        if (lengths.length == 1) {
            return bytes[0];
        }
        int insertion = -index - 1;
        if (!affine && insertion < lengths.length) {
            return bytes[insertion];   // a step-shaped curve: the next reported size bounds it from above
        }
        // Interpolate between the neighbours, or extrapolate from the two nearest points at either end.
        int low = Math.max(0, Math.min(insertion - 1, lengths.length - 2));
        int high = low + 1;
        double slope = (double) (bytes[high] - bytes[low]) / (lengths[high] - lengths[low]);
        return (long) Math.ceil(bytes[low] + slope * (witnessLength - lengths[low]) - 1e-9);
    }

    /** True when every reported point lies on one line through the first two (integer arithmetic, no rounding). */
    public boolean isAffine() {
        return affine;
    }

    private boolean computeAffine() {
        if (bytesByWitnessLength.size() <= 2) {
            return true;
        }
        Map.Entry<Integer, Long> first = bytesByWitnessLength.firstEntry();
        Map.Entry<Integer, Long> second = bytesByWitnessLength.higherEntry(first.getKey());
        long dx = second.getKey() - first.getKey();
        long dy = second.getValue() - first.getValue();
        return bytesByWitnessLength.entrySet().stream().allMatch(e ->
                (e.getValue() - first.getValue()) * dx == dy * (e.getKey() - first.getKey()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProofSizeCurve curve && curve.bytesByWitnessLength.equals(bytesByWitnessLength);
    }

    @Override
    public int hashCode() {
        return bytesByWitnessLength.hashCode();
    }

    @Override
    public String toString() {
        return "ProofSizeCurve" + bytesByWitnessLength;
    }
}
