package io.nexuszero.crypto.engine.ring;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class MontgomeryTest {

    @Test
    void arithmeticMatchesLongArithmetic() {
        int[] moduli = {3329, 12289, 8380417, 2147377153};
        SplittableRandom random = new SplittableRandom(1);
        for (int q : moduli) {
            Montgomery m = new Montgomery(q);
            long r = (1L << 32) % q;
            long rInverse = ModularMath.inverseModPrime(r, q);
            for (int i = 0; i < 20_000; i++) {
                int a = random.nextInt(q);
                int b = i < 4 ? (i % 2 == 0 ? 0 : q - 1) : random.nextInt(q);
                if (i == 3) {
                    a = q - 1;
                }
                assertThat(m.add(a, b)).isEqualTo((int) (((long) a + b) % q));
                assertThat(m.subtract(a, b)).isEqualTo((int) Math.floorMod((long) a - b, (long) q));
                assertThat(m.multiply(a, b)).isEqualTo((int) ((long) a * b % q * rInverse % q));
                assertThat(m.toMontgomery(a)).isEqualTo((int) ((long) a * r % q));
            }
        }
    }
}
