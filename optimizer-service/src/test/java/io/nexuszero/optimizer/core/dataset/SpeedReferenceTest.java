package io.nexuszero.optimizer.core.dataset;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpeedReferenceTest {

    private static Sample sample(String id, double prove, double verify, Double reference) {
        return new Sample(id, SpeedReference.PARAMETERS, "lwe-secret", 1, prove, verify, 100L, 10, "test", null,
                Sample.MEAN, reference, 1.0, 1.0);
    }

    @Test
    void timesAreRescaledToTheMedianMachineSpeed() {
        // b ran while the machine was twice as slow (its reference took 200 µs instead of 100): halve its times.
        List<Sample> samples = List.of(sample("a", 1000, 100, 100.0), sample("b", 2000, 200, 200.0),
                sample("c", 1000, 100, 100.0));
        double typical = SpeedReference.medianReference(samples);
        assertThat(typical).isEqualTo(100.0);
        List<Sample> normalized = SpeedReference.normalize(samples, typical);
        assertThat(normalized).extracting(Sample::proveMicros).containsExactly(1000.0, 1000.0, 1000.0);
        assertThat(normalized).extracting(Sample::verifyMicros).containsExactly(100.0, 100.0, 100.0);
    }

    @Test
    void aDatasetWithAnySampleLackingAReferenceIsLeftAsMeasured() {
        List<Sample> samples = List.of(sample("a", 1000, 100, 100.0), sample("b", 2000, 200, null));
        assertThat(SpeedReference.medianReference(samples)).isNaN();
        assertThat(SpeedReference.normalize(samples, Double.NaN)).isSameAs(samples);
    }
}
