package io.nexuszero.optimizer.core.space;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NttPrimesTest {

    @Test
    void findsTheLargestCandidateBelowTwoToThe23ForN256() {
        // 8383489 = 16374·512 + 1 is prime; ML-DSA's 8380417 is a smaller one of the same form.
        assertThat(NttPrimes.largestBelowPowerOfTwo(23, 256)).isEqualTo(8383489L);
    }

    @ParameterizedTest
    @CsvSource({"20,256", "23,512", "27,1024", "30,256", "30,1024"})
    void isTheLargestNttFriendlyPrimeBelowThePower(int bits, int n) {
        long q = NttPrimes.largestBelowPowerOfTwo(bits, n);
        assertThat(q).isLessThan(1L << bits);
        assertThat(q % (2L * n)).isEqualTo(1);
        assertThat(BigInteger.valueOf(q).isProbablePrime(64)).isTrue();
        for (long larger = q + 2L * n; larger < (1L << bits); larger += 2L * n) {
            assertThat(BigInteger.valueOf(larger).isProbablePrime(64)).as("%d", larger).isFalse();
        }
    }

    @Test
    void rejectsSillyBitSizes() {
        assertThatThrownBy(() -> NttPrimes.largestBelowPowerOfTwo(1, 256)).isInstanceOf(IllegalArgumentException.class);
    }
}
