package io.nexuszero.crypto.engine.ring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Products and inner products in the NTT domain (with a partial transform: base multiplication whose wide sums
 * accumulate over the terms) against schoolbook multiplication in Z_q[X]/(X^n + 1), for block degrees d = n/K from
 * 1 to 128 and moduli up to the largest supported prime below 2^31, with every product at its bound (all NTT-domain
 * values q − 1) and random, and enough terms to force the reductions between terms.
 */
class BlockProductTest {

    /**
     * The largest prime q below 2^bits with q − 1 divisible by exactly 2^twoAdic, so X^n + 1 splits into
     * K = min(n, 2^(twoAdic − 1)) factors.
     */
    static int primeWithTwoAdicity(int bits, int twoAdic) {
        long step = 1L << (twoAdic + 1); // q − 1 = 2^twoAdic·odd: q ≡ 2^twoAdic + 1 (mod 2^(twoAdic + 1))
        long q = ((1L << bits) - 1 - (1L << twoAdic) - 1) / step * step + (1L << twoAdic) + 1;
        while (!ModularMath.isPrime(q)) {
            q -= step;
        }
        return (int) q;
    }

    private static int[] randomOrExtreme(SplittableRandom random, int n, int q, boolean extreme) {
        if (extreme) {
            int[] a = new int[n];
            Arrays.fill(a, q - 1); // in the NTT domain: every product at its bound (q − 1)²
            return a;
        }
        return NttTest.random(random, n, q);
    }

    private static int[] addMod(int[] x, int[] y, int q) {
        int[] out = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (int) (((long) x[i] + y[i]) % q);
        }
        return out;
    }

    @ParameterizedTest(name = "n={0}, {1}-bit q with 2-adicity {2} (d = {3}), {4} terms, sums {5}")
    @CsvSource({
        // d = 1 (complete transform), small and large q
        "256, 23, 13, 1, 9, -", "256, 31, 9, 1, 5, -",
        // d = 2 (one row at a time), 4, 8, 16 (four rows at a time); the sums reduced between terms or, q near 2^31,
        // row by row
        "256, 24, 8, 2, 7, once", "256, 31, 8, 2, 7, reduced", "256, 30, 7, 4, 6, reduced",
        "256, 30, 6, 8, 40, reduced", "256, 31, 6, 8, 3, rows", "256, 29, 5, 16, 5, reduced",
        // d = 32 (the presets' q ≡ 17 mod 32): at 2^28 the sums take eight block products between reductions, at
        // 2^27 thirty-two, at 2^30 and 2^31 not one (row-by-row reductions)
        "256, 28, 4, 32, 20, reduced", "256, 27, 4, 32, 70, reduced", "256, 24, 4, 32, 6, once",
        "256, 30, 4, 32, 3, rows", "256, 31, 4, 32, 3, rows",
        // d = 64, 128 (K = 4, 2), and the largest supported q (K = 2)
        "256, 28, 3, 64, 5, reduced", "256, 28, 2, 128, 3, reduced", "256, 31, 2, 128, 2, rows",
        "1024, 28, 4, 128, 3, reduced"
    })
    void productsAndInnerProductsMatchSchoolbook(int n, int bits, int twoAdic, int d, int terms, String sums) {
        int q = primeWithTwoAdicity(bits, twoAdic);
        Ring ring = Ring.of(n, q);
        assertThat(ring.ntt().slotDegree()).as("block degree for q = %d", q).isEqualTo(d);
        int termsPerReduction = ring.ntt().termsPerReduction();
        switch (sums) { // the accumulation path the row is meant to exercise
            case "rows" -> assertThat(termsPerReduction).isZero();
            case "reduced" -> assertThat(termsPerReduction).isPositive().isLessThan(terms);
            case "once" -> assertThat(termsPerReduction).isGreaterThanOrEqualTo(terms);
            default -> assertThat(d).isEqualTo(1);
        }
        if (bits == 31 && twoAdic == 2) {
            assertThat(q).as("the largest prime ≡ 1 (mod 4) below 2^31").isEqualTo(2147483629);
        }
        SplittableRandom random = new SplittableRandom(97L * q + terms);
        for (boolean extreme : new boolean[] {true, false}) {
            Poly[] x = new Poly[terms];
            Poly[] y = new Poly[terms];
            int[] expected = new int[n];
            for (int j = 0; j < terms; j++) {
                // the operands are drawn in the NTT domain, where the block products' sums grow (the inverse
                // transform, exact by NttTest, gives the coefficients the reference multiplies)
                Poly xHat = new Poly(ring, randomOrExtreme(random, n, q, extreme), true);
                Poly yHat = new Poly(ring, randomOrExtreme(random, n, q, extreme), true);
                int[] a = xHat.fromNtt().values();
                int[] b = yHat.fromNtt().values();
                x[j] = Poly.ofCoefficients(ring, a);
                y[j] = Poly.ofCoefficients(ring, b);
                assertThat(x[j].toNtt()).isEqualTo(xHat);
                int[] product = NttTest.schoolbook(a, b, q);
                expected = addMod(expected, product, q);
                assertThat(x[j].toNtt().multiply(y[j].toNtt()).fromNtt().values()).isEqualTo(product);
                if (j == 0) {
                    assertThat(x[j].multiply(y[j]).values()).isEqualTo(product);
                }
            }
            PolyVec left = PolyVec.of(x);
            PolyVec right = PolyVec.of(y);
            assertThat(left.dot(right).values()).as("dot, extreme = %s", extreme).isEqualTo(expected);
            assertThat(left.toNtt().dot(right.toNtt()).fromNtt().values()).isEqualTo(expected);
            assertThat(PolyMatrix.of(new Poly[][] {x}).multiply(right).get(0).values()).isEqualTo(expected);
            assertThat(accumulated(ring, left, right)).isEqualTo(expected);
        }
    }

    /** Σ a_j·b_j through pointwiseMontgomeryAccumulate, its first product written over its own operand. */
    private static int[] accumulated(Ring ring, PolyVec left, PolyVec right) {
        Ntt ntt = ring.ntt();
        int[] acc = left.get(0).toNtt().values();
        ntt.pointwiseMontgomery(acc, right.get(0).toNtt().values(), acc); // out aliases a
        for (int j = 1; j < left.length(); j++) {
            ntt.pointwiseMontgomeryAccumulate(left.get(j).toNtt().values(), right.get(j).toNtt().values(), acc);
        }
        ntt.inverseFromMontgomery(acc);
        return acc;
    }
}
