package io.nexuszero.crypto.engine.encryption;

import io.nexuszero.crypto.engine.keys.KeyGenerator;
import io.nexuszero.crypto.engine.keys.KeyPair;
import io.nexuszero.crypto.engine.params.LatticeParameters;
import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.sampling.SecretDistribution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DecryptionFailureAnalysisTest {

    @Test
    void presetsCannotFailToDecrypt() {
        for (ParameterSet preset : Presets.all()) {
            DecryptionFailureAnalysis analysis = DecryptionFailureAnalysis.of(preset.parameters());
            LatticeParameters p = preset.parameters();
            assertThat(analysis.method()).isEqualTo(DecryptionFailureAnalysis.Method.WORST_CASE_BOUND);
            assertThat(analysis.worstCaseNoise())
                .isEqualTo((long) (p.rankK() + p.rankL()) * p.ringDegree() * p.eta() * p.eta() + p.eta());
            assertThat(analysis.worstCaseNoise()).isLessThan(analysis.noiseTolerance());
            assertThat(analysis.log2FailureProbability()).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(analysis.meetsRequirement()).isTrue();
        }
    }

    @Test
    void smallModulusFallsBackToChernoffBound() {
        // q = 12289, n = 1024, k = l = 2, CBD(2): worst case 16386 > T = 3071, sd ≈ 64 -> tiny but non-zero
        LatticeParameters p = new LatticeParameters(1024, 12289, 2, 2, "cbd", 2, 20, 3000);
        DecryptionFailureAnalysis analysis = DecryptionFailureAnalysis.of(p);
        assertThat(analysis.method()).isEqualTo(DecryptionFailureAnalysis.Method.CHERNOFF_BOUND);
        assertThat(analysis.noiseStandardDeviation()).isCloseTo(Math.sqrt(4096.0 + 1.0), within(1e-9));
        assertThat(analysis.log2FailureProbability()).isLessThan(-100).isGreaterThan(-2000);
        assertThat(analysis.meetsRequirement()).isTrue();
        // heavy noise: uniform eta = 15 over 16 * 256 products, sd ≈ 5120 >> T = 1919: bound must be near 1
        LatticeParameters noisy = new LatticeParameters(256, 7681, 8, 8, "uniform", 15, 20, 3000);
        assertThat(DecryptionFailureAnalysis.of(noisy).log2FailureProbability()).isEqualTo(0.0);
        assertThat(DecryptionFailureAnalysis.of(noisy).meetsRequirement()).isFalse();
    }

    /** The Chernoff bound must dominate the exact tail, computed here by exact convolution for a small sum. */
    @Test
    void chernoffBoundDominatesExactConvolutionTail() {
        for (SecretDistribution d : SecretDistribution.values()) {
            int eta = 2;
            double[] pmf = d.probabilities(eta);
            int count = 40;
            double[] sum = exactSumDistribution(pmf, count);
            int offset = (sum.length - 1) / 2;
            for (int tolerance : new int[] {10, 20, 30, 45, 60}) {
                double tail = 0;
                for (int v = 0; v < sum.length; v++) {
                    if (Math.abs(v - offset) > tolerance) {
                        tail += sum[v];
                    }
                }
                double bound = Math.pow(2, DecryptionFailureAnalysis.log2ChernoffTail(pmf, count, tolerance));
                assertThat(bound).as("%s T=%d", d, tolerance).isGreaterThanOrEqualTo(tail);
                if (tail > 1e-12) { // and it is not vacuous: within a few orders of magnitude
                    assertThat(bound).isLessThan(tail * 1e4);
                }
            }
        }
    }

    /** Exact pmf of Σ_{i<count} X_i·Y_i + E for X, Y, E ~ pmf on [−η, η]. */
    private static double[] exactSumDistribution(double[] pmf, int count) {
        int eta = (pmf.length - 1) / 2;
        int maxProduct = eta * eta;
        double[] product = new double[2 * maxProduct + 1];
        for (int a = 0; a < pmf.length; a++) {
            for (int b = 0; b < pmf.length; b++) {
                product[(a - eta) * (b - eta) + maxProduct] += pmf[a] * pmf[b];
            }
        }
        double[] acc = pmf.clone(); // E
        for (int i = 0; i < count; i++) {
            acc = convolve(acc, product);
        }
        return acc;
    }

    private static double[] convolve(double[] a, double[] b) {
        double[] out = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                out[i + j] += a[i] * b[j];
            }
        }
        return out;
    }

    /** Empirical noise of real ciphertexts matches the analysed distribution's spread and never exceeds the bound. */
    @Test
    void measuredNoiseMatchesTheModel() {
        LatticeParameters p = Presets.NZ_128.parameters();
        DecryptionFailureAnalysis analysis = DecryptionFailureAnalysis.of(p);
        KeyPair pair = KeyGenerator.generate(p, new byte[32]);
        double sumSquares = 0;
        long count = 0;
        long max = 0;
        for (int trial = 0; trial < 200; trial++) {
            byte[] coins = new byte[32];
            coins[0] = (byte) trial;
            coins[1] = (byte) (trial >>> 8);
            Ciphertext ct = PublicKeyEncryption.encrypt(pair.publicKey(), new byte[0], coins);
            Poly noise = ct.v().subtract(pair.secretKey().s1().dot(ct.u())); // message is empty: w is pure noise
            for (int c : noise.centered()) {
                sumSquares += (double) c * c;
                max = Math.max(max, Math.abs(c));
                count++;
            }
        }
        double measuredSd = Math.sqrt(sumSquares / count);
        assertThat(measuredSd).isCloseTo(analysis.noiseStandardDeviation(), within(0.03 * analysis.noiseStandardDeviation()));
        assertThat(max).isLessThanOrEqualTo(analysis.worstCaseNoise());
    }
}
