package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.Ring;
import io.nexuszero.crypto.engine.sampling.AesCtrStream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MaskSamplerTest {

    private static final Ring RING = Ring.of(256, 8380417);

    @Test
    void smallRangeIsUniformByChiSquare() {
        int gamma = 3;
        long[] counts = new long[2 * gamma + 1];
        int polys = 400;
        for (int i = 0; i < polys; i++) {
            for (int v : MaskSampler.sample(RING, gamma, stream(i)).centered()) {
                counts[v + gamma]++;
            }
        }
        double expected = polys * 256.0 / counts.length;
        double chiSquare = 0;
        for (long c : counts) {
            chiSquare += (c - expected) * (c - expected) / expected;
        }
        assertThat(chiSquare).as("chi-square, 6 degrees of freedom, 0.1% critical value 22.46").isLessThan(22.46);
    }

    @Test
    void largeRangesStayInBoundsWithTheUniformMoments() {
        for (int gamma : new int[] {(1 << 17), (1 << 18), (1 << 19), (1 << 21) + 5}) {
            double sum = 0;
            double sumSquares = 0;
            int max = 0;
            int count = 0;
            for (int i = 0; i < 200; i++) {
                Poly y = MaskSampler.sample(RING, gamma, stream(1000 + i));
                max = Math.max(max, y.infinityNorm());
                for (int v : y.centered()) {
                    sum += v;
                    sumSquares += (double) v * v;
                    count++;
                }
            }
            double variance = (double) gamma * (gamma + 1) / 3;
            assertThat(max).isLessThanOrEqualTo(gamma).isGreaterThan(gamma - gamma / 100);
            assertThat(sum / count).isCloseTo(0, within(5 * Math.sqrt(variance / count)));
            assertThat(sumSquares / count / variance).isCloseTo(1.0, within(0.02));
        }
    }

    @Test
    void equalSeedsGiveEqualMasksAndSuccessiveMasksDiffer() {
        assertThat(MaskSampler.sample(RING, 1 << 17, stream(1))).isEqualTo(MaskSampler.sample(RING, 1 << 17, stream(1)));
        AesCtrStream stream = stream(2);
        assertThat(MaskSampler.sample(RING, 1 << 17, stream)).isNotEqualTo(MaskSampler.sample(RING, 1 << 17, stream));
    }

    private static AesCtrStream stream(int label) {
        byte[] seed = new byte[32];
        seed[0] = (byte) label;
        seed[1] = (byte) (label >> 8);
        return AesCtrStream.fromSeed(seed);
    }
}
