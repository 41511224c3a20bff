package io.nexuszero.crypto.engine.sampling;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BLISS-style sampler against D_{Z,σ} itself: χ² over every value with an expected count of at least 5 (tails
 * pooled) at narrow widths, moments and the 3σ tail at a proof's width, the bound |z| ≤ 12k − 1, determinism. The χ²
 * statistic is also computed against a 5 % wider Gaussian, which it must reject: the test has the power to see a
 * wrong width.
 */
class DiscreteGaussianTest {

    private static final int SAMPLES = 400_000;

    @Test
    void narrowWidthsMatchTheExactProbabilities() {
        for (int k : new int[] {1, 2, 3, 17}) {
            DiscreteGaussian gaussian = DiscreteGaussian.withK(k);
            Map<Integer, Integer> counts = histogram(gaussian, SAMPLES, (byte) k);
            double sigma = gaussian.sigma();
            ChiSquare right = chiSquare(counts, sigma);
            assertThat(right.statistic()).as("k = %d: χ² %.1f with %d degrees of freedom", k, right.statistic(),
                    right.degrees()).isLessThan(critical(right.degrees()));
            if (k >= 2) {
                ChiSquare wrong = chiSquare(counts, sigma * 1.05);
                assertThat(wrong.statistic()).as("k = %d against σ·1.05", k).isGreaterThan(critical(wrong.degrees()));
            }
        }
    }

    @Test
    void aProofWidthHasTheMomentsAndTailOfTheGaussian() {
        DiscreteGaussian gaussian = DiscreteGaussian.withK(52_000);
        double sigma = gaussian.sigma();
        int n = 200_000;
        double sum = 0;
        double squares = 0;
        int beyondThreeSigma = 0;
        int largest = 0;
        try (WordStream words = new WordStream(AesCtrStream.fromSeed(seed((byte) 9)))) {
            for (int i = 0; i < n; i++) {
                int z = gaussian.sample(words);
                sum += z;
                squares += (double) z * z;
                beyondThreeSigma += Math.abs(z) > 3 * sigma ? 1 : 0;
                largest = Math.max(largest, Math.abs(z));
            }
        }
        double mean = sum / n;
        double variance = squares / n - mean * mean;
        assertThat(Math.abs(mean)).isLessThan(5 * sigma / Math.sqrt(n));
        // Var(s²) ≈ 2σ⁴/n for a Gaussian
        assertThat(Math.abs(variance - sigma * sigma)).isLessThan(5 * Math.sqrt(2.0 / n) * sigma * sigma);
        double tail = 0.0026998; // Pr[|N(0,1)| > 3]
        assertThat(Math.abs((double) beyondThreeSigma / n - tail)).isLessThan(5 * Math.sqrt(tail / n));
        assertThat(largest).isLessThanOrEqualTo(gaussian.maxAbs());
        assertThat(gaussian.maxAbs()).isEqualTo(12 * 52_000 - 1);
    }

    @Test
    void theSameStreamGivesTheSameSamples() {
        DiscreteGaussian gaussian = DiscreteGaussian.withK(1000);
        try (WordStream a = new WordStream(AesCtrStream.fromSeed(seed((byte) 1)));
             WordStream b = new WordStream(AesCtrStream.fromSeed(seed((byte) 1)));
             WordStream c = new WordStream(AesCtrStream.fromSeed(seed((byte) 2)))) {
            int[] first = gaussian.sample(a, 5000);
            assertThat(gaussian.sample(b, 5000)).isEqualTo(first);
            assertThat(gaussian.sample(c, 5000)).isNotEqualTo(first);
        }
    }

    private static Map<Integer, Integer> histogram(DiscreteGaussian gaussian, int n, byte seed) {
        Map<Integer, Integer> counts = new HashMap<>();
        try (WordStream words = new WordStream(AesCtrStream.fromSeed(seed(seed)))) {
            for (int i = 0; i < n; i++) {
                counts.merge(gaussian.sample(words), 1, Integer::sum);
            }
        }
        return counts;
    }

    record ChiSquare(double statistic, int degrees) {
    }

    /** χ² of the counts against D_{Z,σ}: one bin per value with expected count ≥ 5, both tails pooled. */
    private static ChiSquare chiSquare(Map<Integer, Integer> counts, double sigma) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int reach = (int) Math.ceil(14 * sigma) + 2;
        double norm = 0;
        for (int z = -reach; z <= reach; z++) {
            norm += weight(z, sigma);
        }
        int edge = 0;
        while (total * weight(edge + 1, sigma) / norm >= 5) {
            edge++;
        }
        double statistic = 0;
        int bins = 0;
        double tailExpected = 1;
        for (int z = -edge; z <= edge; z++) {
            double p = weight(z, sigma) / norm;
            tailExpected -= p;
            double expected = total * p;
            double diff = counts.getOrDefault(z, 0) - expected;
            statistic += diff * diff / expected;
            bins++;
        }
        int tailObserved = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (Math.abs(e.getKey()) > edge) {
                tailObserved += e.getValue();
            }
        }
        double tailCount = Math.max(tailExpected, 0) * total;
        if (tailCount >= 5) {
            statistic += (tailObserved - tailCount) * (tailObserved - tailCount) / tailCount;
            bins++;
        }
        return new ChiSquare(statistic, bins - 1);
    }

    private static double weight(int z, double sigma) {
        return Math.exp(-(double) z * z / (2 * sigma * sigma));
    }

    /** The 0.1 % critical value of χ² (Wilson–Hilferty). */
    private static double critical(int degrees) {
        double h = 2.0 / (9 * degrees);
        return degrees * Math.pow(1 - h + 3.09 * Math.sqrt(h), 3);
    }

    private static byte[] seed(byte b) {
        byte[] seed = new byte[32];
        seed[0] = b;
        return seed;
    }
}
