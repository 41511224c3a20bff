package io.nexuszero.optimizer.core.space;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The expected prover attempts crypto-service reported for one proof type at a few witness lengths (null where the
 * number does not fit a double: such proofs are refused anyway). Between reported lengths: when ln of the attempts
 * lies on one line over the length (lwe-secret: constant) the line gives it exactly; otherwise (commitment-opening
 * and linear-relation, which grow in steps of ⌈L/n⌉, range in steps of its chunks of at most 32 values) the value at
 * the next reported length, an upper bound. Beyond the longest reported length: unknown (+∞).
 */
public final class AttemptsCurve {
    private static final double RELATIVE_TOLERANCE = 1e-9;

    private final NavigableMap<Integer, Double> attemptsByWitnessLength;
    private final int[] lengths;
    private final double[] lnAttempts;
    private final boolean affine;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public AttemptsCurve(Map<Integer, Double> attemptsByWitnessLength) {
        if (attemptsByWitnessLength == null || attemptsByWitnessLength.isEmpty()) {
            throw new IllegalArgumentException("an attempts curve needs at least one point");
        }
        TreeMap<Integer, Double> sorted = new TreeMap<>();
        attemptsByWitnessLength.forEach((length, attempts) -> {
            if (attempts != null && !(attempts >= 1)) {
                throw new IllegalArgumentException("expected attempts are at least 1, got " + attempts + " at L=" + length);
            }
            sorted.put(length, attempts);
        });
        this.attemptsByWitnessLength = Collections.unmodifiableNavigableMap(sorted);
        this.lengths = sorted.keySet().stream().mapToInt(Integer::intValue).toArray();
        this.lnAttempts = sorted.values().stream()
                .mapToDouble(a -> a == null ? Double.POSITIVE_INFINITY : Math.log(a)).toArray();
        this.affine = computeAffine();
    }

    @JsonValue
    public Map<Integer, Double> points() {
        return new LinkedHashMap<>(attemptsByWitnessLength);   // a plain map: null values serialise as null
    }

    /** ln of the expected attempts at this witness length (+∞ when unknown or astronomically large). */
    public double lnAt(int witnessLength) {
        int index = Arrays.binarySearch(lengths, witnessLength);
        if (index >= 0) {
            return lnAttempts[index];
        }
        int insertion = -index - 1;
        if (insertion >= lengths.length) {
            return Double.POSITIVE_INFINITY;
        }
        if (!affine || insertion == 0 || lengths.length == 1) {
            return lnAttempts[insertion];   // an upper bound: attempts never fall as the witness grows
        }
        int low = insertion - 1;
        double slope = (lnAttempts[insertion] - lnAttempts[low]) / (lengths[insertion] - lengths[low]);
        return lnAttempts[low] + slope * (witnessLength - lengths[low]);
    }

    /** Whether the finite points lie on one line in (L, ln attempts). */
    private boolean computeAffine() {
        int first = -1;
        int second = -1;
        for (int i = 0; i < lengths.length && second < 0; i++) {
            if (Double.isFinite(lnAttempts[i])) {
                if (first < 0) {
                    first = i;
                } else {
                    second = i;
                }
            }
        }
        if (second < 0) {
            return true;
        }
        double slope = (lnAttempts[second] - lnAttempts[first]) / (lengths[second] - lengths[first]);
        for (int i = 0; i < lengths.length; i++) {
            if (Double.isFinite(lnAttempts[i])) {
                double expected = lnAttempts[first] + slope * (lengths[i] - lengths[first]);
                if (Math.abs(expected - lnAttempts[i]) > RELATIVE_TOLERANCE * Math.max(1, Math.abs(lnAttempts[i]))) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttemptsCurve curve && curve.attemptsByWitnessLength.equals(attemptsByWitnessLength);
    }

    @Override
    public int hashCode() {
        return attemptsByWitnessLength.hashCode();
    }

    @Override
    public String toString() {
        return "AttemptsCurve" + attemptsByWitnessLength;
    }
}
