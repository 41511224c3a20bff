package io.nexuszero.crypto.engine.ring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModularMathTest {

    private static boolean trialDivisionPrime(long n) {
        if (n < 2) {
            return false;
        }
        for (long d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    @Test
    void millerRabinAgreesWithTrialDivisionOnSmallNumbers() {
        for (long n = 0; n < 20_000; n++) {
            assertThat(ModularMath.isPrime(n)).as("n=%d", n).isEqualTo(trialDivisionPrime(n));
        }
    }

    @Test
    void millerRabinHandlesKnownPrimesAndStrongPseudoprimes() {
        assertThat(ModularMath.isPrime(8380417)).isTrue();
        assertThat(ModularMath.isPrime(3329)).isTrue();
        assertThat(ModularMath.isPrime(2147483647L)).isTrue(); // 2^31 - 1
        assertThat(ModularMath.isPrime(2147377153L)).isTrue();
        // strong pseudoprimes to base 2 (and to bases 2, 3): caught by the other bases
        assertThat(ModularMath.isPrime(2047)).isFalse();
        assertThat(ModularMath.isPrime(1373653)).isFalse();
        assertThat(ModularMath.isPrime(25326001)).isFalse();
        assertThat(ModularMath.isPrime(2147483647L - 2)).isEqualTo(trialDivisionPrime(2147483645L));
    }

    @Test
    void smallestPrimitiveRootIsFips204ZetaForDilithiumModulus() {
        assertThat(ModularMath.smallestPrimitiveRootOfUnity(8380417, 512)).isEqualTo(1753);
    }

    @Test
    void smallestPrimitiveRootMatchesBruteForce() {
        long[][] cases = {{12289, 1024}, {12289, 4096}, {40961, 8192}, {7681, 512}};
        for (long[] c : cases) {
            long q = c[0];
            int order = (int) c[1];
            long brute = 2;
            while (ModularMath.powMod(brute, order / 2, q) != q - 1) {
                brute++;
            }
            assertThat(ModularMath.smallestPrimitiveRootOfUnity(q, order)).as("q=%d order=%d", q, order).isEqualTo(brute);
        }
    }
}
