package io.nexuszero.optimizer.core.dataset;

import io.nexuszero.optimizer.api.LatticeParameters;
import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.client.BenchmarkRequest;

import java.util.Arrays;
import java.util.List;

/**
 * Machine-speed control for measurements on a shared machine. Right before each point, the collector times one fixed
 * reference operation (verify of an lwe-secret proof at the nz-128 parameters, median of 25 iterations); a sample's
 * times are then divided by (its reference / the median reference of the whole dataset). Load from other processes
 * slows the reference and the point alike, so the ratio cancels drift that no feature can explain (on this machine
 * verify times of identical work drifted by a factor ~1.9 over ten minutes as the load average went from 2 to 7).
 * Applied only when every sample carries a reference, so a dataset is never half-normalised.
 */
public final class SpeedReference {
    /**
     * nz-128 as it was when the bundled dataset was measured (γ = 2^17; the preset is 2^18 since): kept, because every
     * sample's reference must time the same operation for the normalisation to mean anything.
     */
    public static final LatticeParameters PARAMETERS = new LatticeParameters(256, 268435313, 6, 6, "cbd", 2, 23, 131072);
    public static final int ITERATIONS = 25;

    private SpeedReference() {
    }

    public static BenchmarkRequest request() {
        return new BenchmarkRequest(PARAMETERS, "verify", ProofType.LWE_SECRET.wireName(), 1, ITERATIONS);
    }

    /** The median reference of these samples, or NaN when any sample lacks one. */
    public static double medianReference(List<Sample> samples) {
        if (samples.isEmpty() || samples.stream().anyMatch(s -> s.referenceMicros() == null || s.referenceMicros() <= 0)) {
            return Double.NaN;
        }
        double[] references = samples.stream().mapToDouble(Sample::referenceMicros).sorted().toArray();
        int middle = references.length / 2;
        return references.length % 2 == 1 ? references[middle] : (references[middle - 1] + references[middle]) / 2;
    }

    /**
     * The samples with their times expressed at the machine speed of {@code typicalReference} (pass the training
     * set's {@link #medianReference} so validation samples land on the same scale); unchanged when
     * {@code typicalReference} is NaN or a sample lacks its reference. Each sample is scaled by the median reference
     * of the {@link #WINDOW} samples of {@code timeline} measured nearest in time to it, not by its own: the
     * reference suffers the same occasional slow runs as any benchmark, and one slow reference would otherwise make
     * its point look fast; a window of neighbours still follows load that drifts over minutes.
     */
    public static List<Sample> normalize(List<Sample> samples, double typicalReference, List<Sample> timeline) {
        if (Double.isNaN(typicalReference)) {
            return samples;
        }
        List<Sample> timed = timeline.stream()
                .filter(s -> s.measuredAt() != null && s.referenceMicros() != null && s.referenceMicros() > 0)
                .sorted(java.util.Comparator.comparing(Sample::measuredAt))
                .toList();
        List<java.time.Instant> times = timed.stream().map(Sample::measuredAt).toList();
        return samples.stream()
                .map(s -> s.referenceMicros() == null || s.referenceMicros() <= 0 ? s
                        : s.scaled(typicalReference / localReference(s, timed, times)))
                .toList();
    }

    /** {@link #normalize(List, double, List)} with the samples as their own timeline. */
    public static List<Sample> normalize(List<Sample> samples, double typicalReference) {
        return normalize(samples, typicalReference, samples);
    }

    /** Neighbours whose references the local machine speed is the median of. */
    public static final int WINDOW = 15;

    /** @param times the measuring times of {@code timed}, in the same (ascending) order */
    private static double localReference(Sample sample, List<Sample> timed, List<java.time.Instant> times) {
        if (sample.measuredAt() == null || timed.size() < WINDOW) {
            return sample.referenceMicros();
        }
        int at = java.util.Collections.binarySearch(times, sample.measuredAt());
        int centre = at >= 0 ? at : Math.min(timed.size() - 1, -at - 1);
        int from = Math.max(0, Math.min(centre - WINDOW / 2, timed.size() - WINDOW));
        double[] window = timed.subList(from, from + WINDOW).stream().mapToDouble(Sample::referenceMicros).sorted()
                .toArray();
        return window[WINDOW / 2];
    }
}
