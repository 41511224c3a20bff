package io.nexuszero.optimizer.core.space;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NttPrimesTest {

    @Test
    void findsThePresetsModulusBelowTwoToThe28() {
        // crypto-service's presets use q = 268435313, the largest prime below 2^28 with q ≡ 17 (mod 32).
        assertThat(NttPrimes.largestBelowPowerOfTwo(28)).isEqualTo(268435313L);
        assertThat(NttPrimes.largestBelowPowerOfTwo(23)).isEqualTo(8388593L);
    }

    @ParameterizedTest
    @CsvSource({"21,8", "23,8", "26,8", "28,8", "30,8", "24,4", "30,2"})
    void isTheLargestPrimeOfTheFormBelowThePower(int bits, int factors) {
        long q = NttPrimes.largestBelowPowerOfTwo(bits, factors);
        long step = 4L * factors;
        assertThat(q).isLessThan(1L << bits);
        assertThat(q % step).isEqualTo(2L * factors + 1);
        assertThat(BigInteger.valueOf(q).isProbablePrime(64)).isTrue();
        for (long larger = q + step; larger < (1L << bits); larger += step) {
            assertThat(BigInteger.valueOf(larger).isProbablePrime(64)).as("%d", larger).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {21, 23, 26, 27, 28, 29, 30})
    void gridModuliSplitXnPlusOneIntoEightFactorsNotCompletely(int bits) {
        long q = NttPrimes.largestBelowPowerOfTwo(bits);
        // K = 2^(v2(q − 1) − 1) = 8 factors for every n ≥ 16: never q ≡ 1 (mod 2n) for n ≥ 256 (one-slot forgery)
        assertThat(Long.numberOfTrailingZeros(q - 1)).isEqualTo(4);
        assertThat(q % 512).isNotEqualTo(1);
        // Lyubashevsky–Seiler: challenge differences (‖·‖∞ ≤ 2) are invertible when q^(1/K)/√K > 2
        assertThat(Math.pow(q, 1.0 / NttPrimes.FACTORS) / Math.sqrt(NttPrimes.FACTORS)).isGreaterThan(2);
    }

    @Test
    void rejectsSillyBitSizesAndFactorCounts() {
        assertThatThrownBy(() -> NttPrimes.largestBelowPowerOfTwo(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NttPrimes.largestBelowPowerOfTwo(28, 6)).isInstanceOf(IllegalArgumentException.class);
    }
}
