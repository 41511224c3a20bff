package io.nexuszero.optimizer.core.space;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Exact proof sizes crypto-service reported at a few witness lengths. Between (and beyond) those lengths the size
 * is interpolated linearly and rounded up; {@link #isAffine()} tells whether the reported points lie on one line,
 * in which case the interpolation is exact too.
 */
public final class ProofSizeCurve {
    private final NavigableMap<Integer, Long> bytesByWitnessLength;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ProofSizeCurve(Map<Integer, Long> bytesByWitnessLength) {
        if (bytesByWitnessLength == null || bytesByWitnessLength.isEmpty()) {
            throw new IllegalArgumentException("a proof size curve needs at least one point");
        }
        this.bytesByWitnessLength = Collections.unmodifiableNavigableMap(new TreeMap<>(bytesByWitnessLength));
    }

    @JsonValue
    public NavigableMap<Integer, Long> points() {
        return bytesByWitnessLength;
    }

    public long bytesAt(int witnessLength) {
        Long exact = bytesByWitnessLength.get(witnessLength);
        if (exact != null) {
            return exact;
        }
        if (bytesByWitnessLength.size() == 1) {
            return bytesByWitnessLength.firstEntry().getValue();
        }
        Map.Entry<Integer, Long> low = bytesByWitnessLength.floorEntry(witnessLength);
        Map.Entry<Integer, Long> high = bytesByWitnessLength.ceilingEntry(witnessLength);
        if (low == null) {
            low = high;
            high = bytesByWitnessLength.higherEntry(low.getKey());
        } else if (high == null) {
            high = low;
            low = bytesByWitnessLength.lowerEntry(high.getKey());
        }
        double slope = (double) (high.getValue() - low.getValue()) / (high.getKey() - low.getKey());
        return (long) Math.ceil(low.getValue() + slope * (witnessLength - low.getKey()) - 1e-9);
    }

    /** True when every reported point lies on one line through the first two (integer arithmetic, no rounding). */
    public boolean isAffine() {
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
