package io.nexuszero.optimizer.core.recommend;

import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.core.model.Features;
import io.nexuszero.optimizer.core.model.LatencyModel;
import io.nexuszero.optimizer.core.model.LatencyPrediction;
import io.nexuszero.optimizer.core.space.Candidate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The column {@link PredictionTable} must produce, computed the direct (slow) way it was computed before the table
 * precomputed logarithms and sizes: the model at the two neighbouring anchor lengths, log-linear interpolation with
 * {@code Math.log} of each prediction, and {@link Candidate#proofBytes} for every candidate at the exact length.
 */
final class DirectColumn {
    private final LatencyModel model;
    private final List<Candidate> candidates;
    private final Map<String, LatencyPrediction[]> anchors = new HashMap<>();

    DirectColumn(LatencyModel model, List<Candidate> candidates) {
        this.model = model;
        this.candidates = candidates;
    }

    PredictionTable.Column at(ProofType type, int witnessLength) {
        int length = Features.effectiveWitnessLength(type, witnessLength);
        int low = Integer.highestOneBit(length);
        int high = low == length ? low : low * 2;
        double weight = low == length ? 0 : (Math.log(length) - Math.log(low)) / (Math.log(high) - Math.log(low));
        LatencyPrediction[] below = anchor(type, low);
        LatencyPrediction[] above = anchor(type, high);
        int count = candidates.size();
        double[] prove = new double[count];
        double[] verify = new double[count];
        long[] bytes = new long[count];
        for (int i = 0; i < count; i++) {
            prove[i] = low == length ? below[i].proveMicros()
                    : geometric(below[i].proveMicros(), above[i].proveMicros(), weight);
            verify[i] = low == length ? below[i].verifyMicros()
                    : geometric(below[i].verifyMicros(), above[i].verifyMicros(), weight);
            Long size = candidates.get(i).proofBytes(type, length);
            bytes[i] = size == null ? PredictionTable.NO_PROOF : size;
        }
        return new PredictionTable.Column(prove, verify, bytes, false, null);
    }

    /** Where two columns differ (at most {@code limit} entries), bit for bit; empty when they are identical. */
    static List<String> differences(PredictionTable.Column expected, PredictionTable.Column actual, int limit) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < expected.proofBytes().length && out.size() < limit; i++) {
            if (Double.doubleToLongBits(expected.proveMicros()[i]) != Double.doubleToLongBits(actual.proveMicros()[i])
                    || Double.doubleToLongBits(expected.verifyMicros()[i]) != Double.doubleToLongBits(actual.verifyMicros()[i])
                    || expected.proofBytes()[i] != actual.proofBytes()[i]) {
                out.add("candidate " + i + ": expected " + entry(expected, i) + ", got " + entry(actual, i));
            }
        }
        return out;
    }

    private static String entry(PredictionTable.Column column, int i) {
        return "(prove " + column.proveMicros()[i] + " µs, verify " + column.verifyMicros()[i] + " µs, "
                + column.proofBytes()[i] + " bytes)";
    }

    private LatencyPrediction[] anchor(ProofType type, int length) {
        return anchors.computeIfAbsent(type + "@" + length, key -> candidates.stream()
                .map(c -> model.predict(c, type, length)).toArray(LatencyPrediction[]::new));
    }

    private static double geometric(double a, double b, double weight) {
        return Math.exp((1 - weight) * Math.log(a) + weight * Math.log(b));
    }
}
