package io.nexuszero.crypto.engine.estimator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Homomorphic Encryption Standard (Albrecht et al., 2018), Table for 128-bit classical security with a uniform
 * ternary secret (σ_s = √(2/3)) and error σ_e = 3.2 (≈ 8/√(2π)), m = n samples, gate-count model: the largest
 * log2 q still at 128 bits is 27 for n = 1024, 54 for n = 2048 and 109 for n = 4096.
 */
class HomomorphicEncryptionStandardTest {

    private static final double TERNARY_SIGMA = Math.sqrt(2.0 / 3.0);
    private static final double ERROR_SIGMA = 3.2;

    @ParameterizedTest(name = "n = {0}: largest log2 q with >= 128 gate-count bits is {1} (± {2})")
    @CsvSource({"1024, 27, 1", "2048, 54, 1", "4096, 109, 2"})
    void largestModulusAt128BitsMatchesTheStandard(int n, int publishedLog2Q, int tolerance) {
        int largest = 0;
        for (int log2Q = 10; log2Q <= 200; log2Q++) {
            LweEstimate e = PrimalUsvp.estimate(new LweInstance(n, log2Q, TERNARY_SIGMA, ERROR_SIGMA, n));
            if (e.gateCountBits() >= 128) {
                largest = log2Q;
            }
        }
        assertThat(largest).isBetween(publishedLog2Q - tolerance, publishedLog2Q + tolerance);
    }
}
