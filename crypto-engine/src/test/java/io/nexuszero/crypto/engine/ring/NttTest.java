package io.nexuszero.crypto.engine.ring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

public class NttTest {

    /** Negacyclic schoolbook product in Z_q[X]/(X^n + 1), the reference the NTT must match. */
    public static int[] schoolbook(int[] a, int[] b, int q) {
        int n = a.length;
        long[] acc = new long[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                long product = (long) a[i] * b[j] % q;
                int k = i + j;
                if (k < n) {
                    acc[k] = (acc[k] + product) % q;
                } else {
                    acc[k - n] = (acc[k - n] - product + q) % q;
                }
            }
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) acc[i];
        }
        return out;
    }

    static int[] random(SplittableRandom random, int n, int q) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextInt(q);
        }
        return a;
    }

    @Test
    void usesFips204RootAndTwiddlesForDilithiumModulus() {
        Ntt ntt = Ring.of(256, 8380417).ntt();
        assertThat(ntt.root()).isEqualTo(1753);
        // FIPS 204, Appendix B: zetas[1..8]
        int[] fips204 = {4808194, 3765607, 3761513, 5178923, 5496691, 5234739, 5178987, 7778734};
        for (int i = 0; i < fips204.length; i++) {
            assertThat(ntt.zeta(i + 1)).as("zeta %d", i + 1).isEqualTo(fips204[i]);
        }
        // Dilithium reference implementation's Montgomery-form zetas (centered), an independent check of the table
        int[] reference = {25847, -2608894, -518909, 237124, -777960, -876248, 466468, 1826347};
        long r = (1L << 32) % 8380417;
        for (int i = 0; i < reference.length; i++) {
            long montgomeryForm = ntt.zeta(i + 1) * r % 8380417;
            assertThat(Math.floorMod(reference[i], 8380417)).isEqualTo((int) montgomeryForm);
        }
        assertThat(ntt.zeta(255)).isEqualTo((int) ModularMath.powMod(1753, 255, 8380417)); // brv(255) = 255
    }

    @Test
    void forwardEvaluatesAtOddPowersOfRootInBitReversedOrder() {
        int n = 256;
        int q = 8380417;
        Ntt ntt = Ring.of(n, q).ntt();
        int[] a = random(new SplittableRandom(7), n, q);
        int[] hat = a.clone();
        ntt.forward(hat);
        for (int i = 0; i < n; i++) {
            int brv = Integer.reverse(i) >>> 24;
            long point = ModularMath.powMod(1753, 2L * brv + 1, q);
            long value = 0;
            for (int j = n - 1; j >= 0; j--) { // Horner
                value = (value * point + a[j]) % q;
            }
            assertThat(hat[i]).as("entry %d", i).isEqualTo((int) value);
        }
    }

    /**
     * Partial splitting, from the definition rather than the transform: block j of the NTT of a is a mod (X^d − r_j)
     * with r_j = ζ^(2·brv(j)+1), ζ the smallest primitive 2K-th root of unity, obtained by folding X^d → r_j.
     */
    @ParameterizedTest(name = "n={0}, q={1}")
    @CsvSource({"256, 268435313", "512, 268435337", "256, 268435157"})
    void partialForwardReducesModuloEachBinomialFactorInBitReversedOrder(int n, int q) {
        Ntt ntt = Ring.of(n, q).ntt();
        int slots = Ntt.splitting(n, q);
        int d = n / slots;
        assertThat(ntt.slots()).isEqualTo(slots).isLessThan(n);
        assertThat(ntt.slotDegree()).isEqualTo(d);
        long zeta = ModularMath.smallestPrimitiveRootOfUnity(q, 2 * slots);
        assertThat(ModularMath.powMod(zeta, slots, q)).isEqualTo(q - 1L); // ζ^K = −1
        int logK = Integer.numberOfTrailingZeros(slots);
        int[] a = random(new SplittableRandom(11), n, q);
        int[] hat = a.clone();
        ntt.forward(hat);
        for (int j = 0; j < slots; j++) {
            int brv = logK == 0 ? 0 : Integer.reverse(j) >>> (32 - logK);
            long root = ModularMath.powMod(zeta, 2L * brv + 1, q);
            assertThat(ntt.slotRoot(j)).isEqualTo(root);
            long[] folded = new long[d];
            long power = 1; // r_j^⌊i/d⌋ for coefficient i
            for (int block = 0; block < slots; block++) {
                for (int t = 0; t < d; t++) {
                    folded[t] = (folded[t] + a[block * d + t] * power) % q;
                }
                power = power * root % q;
            }
            for (int t = 0; t < d; t++) {
                assertThat(hat[j * d + t]).as("block %d coefficient %d", j, t).isEqualTo((int) folded[t]);
            }
        }
    }

    @ParameterizedTest(name = "n={0}, q={1}")
    @CsvSource({
        "256, 8380417", "512, 8380417", "1024, 8380417", "2048, 8380417", "4096, 8380417",
        "512, 12289", "1024, 12289", "2048, 12289", "4096, 40961", "256, 7681", "4096, 2147377153", "256, 2147377153",
        // partial splitting (K < n factors): the presets' q ≡ 17 (mod 32) with K = 8, K = 2 and 4, and moduli near
        // 2^31 whose 64-bit base-multiplication sums must be reduced while they accumulate
        "256, 268435313", "1024, 268435313", "4096, 268435313", "256, 268435157", "512, 268435337",
        "256, 2147483249", "256, 2147483629", "4096, 1048433"
    })
    void nttMultiplicationEqualsSchoolbookAndInverseIsExact(int n, int q) {
        Ring ring = Ring.of(n, q);
        SplittableRandom random = new SplittableRandom(31L * n + q);
        int trials = n <= 1024 ? 3 : 1;
        for (int t = 0; t < trials; t++) {
            int[] a = random(random, n, q);
            int[] b = random(random, n, q);
            if (t == 0) { // extremes: all q-1
                java.util.Arrays.fill(a, q - 1);
            }
            Poly product = Poly.ofCoefficients(ring, a).multiply(Poly.ofCoefficients(ring, b));
            assertThat(product.values()).isEqualTo(schoolbook(a, b, q));

            int[] roundTrip = a.clone();
            ring.ntt().forward(roundTrip);
            ring.ntt().inverse(roundTrip);
            assertThat(roundTrip).isEqualTo(a);

            Poly inNtt = Poly.ofCoefficients(ring, a).toNtt().multiply(Poly.ofCoefficients(ring, b).toNtt());
            assertThat(inNtt.fromNtt().values()).isEqualTo(schoolbook(a, b, q));
        }
    }

    @Test
    void multiplicationByXIsNegacyclicShift() {
        Ring ring = Ring.of(256, 8380417);
        int[] a = random(new SplittableRandom(3), 256, 8380417);
        int[] x = new int[256];
        x[1] = 1;
        int[] shifted = Poly.ofCoefficients(ring, a).multiply(Poly.ofCoefficients(ring, x)).values();
        assertThat(shifted[0]).isEqualTo((8380417 - a[255]) % 8380417);
        for (int i = 1; i < 256; i++) {
            assertThat(shifted[i]).isEqualTo(a[i - 1]);
        }
    }
}
