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

    private static Sample timed(int second, double verify, double reference) {
        return new Sample("p" + second, SpeedReference.PARAMETERS, "lwe-secret", 1, 1000, verify, 100L, 10, "test",
                java.time.Instant.ofEpochSecond(1_800_000_000L + second), Sample.MEAN, reference, 1.0, 1.0);
    }

    @Test
    void oneSlowReferenceDoesNotRescaleItsPointButSlowDriftDoes() {
        java.util.ArrayList<Sample> samples = new java.util.ArrayList<>();
        for (int second = 0; second < 40; second++) {
            // the machine halves its speed after 20 s; the reference at 10 s alone reads slow by chance
            double speed = second < 20 ? 1 : 2;
            samples.add(timed(second, 100 * speed, second == 10 ? 300 : 100 * speed));
        }
        List<Sample> normalized = SpeedReference.normalize(samples, 100.0, samples);
        assertThat(normalized.get(10).verifyMicros()).as("its neighbours' references say the speed was normal")
                .isEqualTo(100.0);
        assertThat(normalized.get(2).verifyMicros()).isEqualTo(100.0);
        assertThat(normalized.get(35).verifyMicros()).as("twice as slow for minutes: halved").isEqualTo(100.0);
    }
}
