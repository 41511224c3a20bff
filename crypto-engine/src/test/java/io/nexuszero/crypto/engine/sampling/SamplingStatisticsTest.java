package io.nexuszero.crypto.engine.sampling;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.Ring;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statistical sanity with fixed seeds: chi-square goodness of fit against the exact distributions. The critical values
 * are the 0.999 quantiles, so a correct sampler fails with probability 0.1% per seed (and the seeds are fixed).
 */
class SamplingStatisticsTest {

    private static final Ring RING = Ring.of(256, 8380417);
    private static final byte[] SEED = new byte[32];

    /** chi-square 0.999 quantiles for 4, 8, 15 degrees of freedom. */
    private static final double CHI2_4 = 18.47;
    private static final double CHI2_8 = 26.12;
    private static final double CHI2_15 = 37.70;

    private static double chiSquare(long[] observed, double[] expectedProbabilities, long total) {
        double chi2 = 0;
        for (int i = 0; i < observed.length; i++) {
            double expected = expectedProbabilities[i] * total;
            chi2 += (observed[i] - expected) * (observed[i] - expected) / expected;
        }
        return chi2;
    }

    private static long[] histogram(SecretDistribution d, int eta, int polys) {
        long[] counts = new long[2 * eta + 1];
        for (int nonce = 0; nonce < polys; nonce++) {
            for (int v : d.sample(RING, eta, SEED, nonce).centered()) {
                counts[v + eta]++;
            }
        }
        return counts;
    }

    @Test
    void centeredBinomialMatchesExactDistribution() {
        for (int eta : new int[] {2, 4}) {
            int polys = 400;
            long[] counts = histogram(SecretDistribution.CBD, eta, polys);
            double chi2 = chiSquare(counts, SecretDistribution.CBD.probabilities(eta), polys * 256L);
            assertThat(chi2).as("eta=%d", eta).isLessThan(eta == 2 ? CHI2_4 : CHI2_8);
            double mean = 0;
            double second = 0;
            for (int i = 0; i < counts.length; i++) {
                mean += (double) (i - eta) * counts[i];
                second += (double) (i - eta) * (i - eta) * counts[i];
            }
            mean /= polys * 256.0;
            double variance = second / (polys * 256.0) - mean * mean;
            assertThat(mean).isCloseTo(0, org.assertj.core.data.Offset.offset(0.02));
            assertThat(variance).isCloseTo(eta / 2.0, org.assertj.core.data.Offset.offset(0.05 * eta));
        }
    }

    @Test
    void boundedUniformMatchesExactDistribution() {
        int eta = 2;
        int polys = 400;
        long[] counts = histogram(SecretDistribution.UNIFORM, eta, polys);
        assertThat(chiSquare(counts, SecretDistribution.UNIFORM.probabilities(eta), polys * 256L)).isLessThan(CHI2_4);
    }

    @Test
    void uniformModQFillsSixteenBucketsEvenly() {
        int buckets = 16;
        long[] counts = new long[buckets];
        long total = 0;
        byte[] rho = new byte[32];
        for (int row = 0; row < 20; row++) {
            for (int col = 0; col < 20; col++) {
                Poly p = UniformSampler.uniformNtt(RING, rho, row, col);
                for (int v : p.values()) {
                    counts[(int) ((long) v * buckets / 8380417)]++;
                    total++;
                }
            }
        }
        double[] expected = new double[buckets];
        for (int b = 0; b < buckets; b++) { // exact bucket sizes of floor(v*16/q)
            long lo = (8380417L * b + buckets - 1) / buckets;
            long hi = (8380417L * (b + 1) + buckets - 1) / buckets;
            expected[b] = (double) (hi - lo) / 8380417;
        }
        assertThat(chiSquare(counts, expected, total)).isLessThan(CHI2_15);
    }

    @Test
    void challengesHaveExactWeightAndDifferForDifferentSeeds() {
        for (int weight : new int[] {1, 39, 60, 256}) {
            byte[] seed = {(byte) weight};
            int[] c = ChallengeSampler.sampleInBall(RING, weight, seed).centered();
            int nonzero = 0;
            for (int v : c) {
                assertThat(v).isBetween(-1, 1);
                nonzero += v != 0 ? 1 : 0;
            }
            assertThat(nonzero).isEqualTo(weight);
        }
        Ring big = Ring.of(4096, 8380417);
        int[] c = ChallengeSampler.sampleInBall(big, 100, SEED).centered();
        assertThat(java.util.Arrays.stream(c).filter(v -> v != 0).count()).isEqualTo(100);
        assertThat(ChallengeSampler.sampleInBall(RING, 39, new byte[] {1}))
            .isNotEqualTo(ChallengeSampler.sampleInBall(RING, 39, new byte[] {2}));
    }

    @Test
    void samplersAreDeterministicAndNonceSeparated() {
        assertThat(CbdSampler.sample(RING, 2, SEED, 1)).isEqualTo(CbdSampler.sample(RING, 2, SEED, 1));
        assertThat(CbdSampler.sample(RING, 2, SEED, 1)).isNotEqualTo(CbdSampler.sample(RING, 2, SEED, 2));
        assertThat(BoundedSampler.sample(RING, 3, SEED, 1).infinityNorm()).isLessThanOrEqualTo(3);
        assertThat(CbdSampler.sample(RING, 3, SEED, 1).infinityNorm()).isLessThanOrEqualTo(3);
    }
}
