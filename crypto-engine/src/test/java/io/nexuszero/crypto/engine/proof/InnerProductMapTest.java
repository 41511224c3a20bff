package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.ring.NttTest;
import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.Ring;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The σ_{-1} map behind linear-relation against schoolbook arithmetic: f(u) = Σ_j σ_{-1}(A_j)·u_j for uniform
 * (non-short) u on the presets' partially splitting ring, and ct(f(m)) = Σ a_i·m_i — including coefficients 0 and
 * q − 1, a shorter last block, and L = 4096.
 */
class InnerProductMapTest {

    private static final Ring RING = ProofParameters.of(Presets.NZ_128).ring();

    @Test
    void mapEqualsSchoolbookProductsOfConjugates() {
        Random random = new Random(61);
        int n = RING.degree();
        int q = RING.modulus();
        for (int count : new int[] {1, 255, 256, 257, 1000, 4096}) {
            int blocks = (count + n - 1) / n;
            int[] a = randomEdgy(count, q, random);
            Poly[] u = new Poly[blocks];
            long[] expected = new long[n];
            for (int j = 0; j < blocks; j++) {
                int[] uj = randomEdgy(n, q, random);
                u[j] = Poly.ofCoefficients(RING, uj);
                int[] conjugate = conjugate(block(a, j, n), q);
                int[] product = NttTest.schoolbook(conjugate, uj, q);
                for (int i = 0; i < n; i++) {
                    expected[i] = (expected[i] + product[i]) % q;
                }
            }
            Poly f = InnerProductMap.of(RING, a, blocks).apply(PolyVec.of(u));
            for (int i = 0; i < n; i++) {
                assertThat(f.get(i)).as("L=%d coefficient %d", count, i).isEqualTo((int) expected[i]);
            }
        }
    }

    @Test
    void constantCoefficientIsTheInnerProduct() {
        Random random = new Random(62);
        int n = RING.degree();
        int q = RING.modulus();
        for (int count : new int[] {1, 2, 256, 257, 4096}) {
            int blocks = (count + n - 1) / n;
            int[] a = randomEdgy(count, q, random);
            int[] m = randomEdgy(blocks * n, q, random); // coefficients beyond L must not matter
            long inner = 0;
            for (int i = 0; i < count; i++) {
                inner = (inner + (long) a[i] * m[i]) % q;
            }
            Poly[] messages = new Poly[blocks];
            for (int j = 0; j < blocks; j++) {
                messages[j] = Poly.ofCoefficients(RING, block(m, j, n));
            }
            assertThat(InnerProductMap.of(RING, a, blocks).apply(PolyVec.of(messages)).get(0)).isEqualTo((int) inner);
        }
    }

    @Test
    void sigmaMinusOneIsAnInvolutiveRingAutomorphism() {
        Random random = new Random(63);
        int q = RING.modulus();
        Poly a = Poly.ofCoefficients(RING, randomEdgy(RING.degree(), q, random));
        Poly b = Poly.ofCoefficients(RING, randomEdgy(RING.degree(), q, random));
        assertThat(a.sigmaMinusOne().sigmaMinusOne()).isEqualTo(a);
        assertThat(a.multiply(b).sigmaMinusOne()).isEqualTo(a.sigmaMinusOne().multiply(b.sigmaMinusOne()));
        assertThat(a.sigmaMinusOne().values()).isEqualTo(conjugate(a.values(), q));
    }

    /** σ_{-1} by its definition: coefficient i of a(X^{-1}) = a_{n−i}·X^{−(n−i)}… i.e. out[0] = a0, out[n−i] = −a_i. */
    private static int[] conjugate(int[] a, int q) {
        int n = a.length;
        int[] out = new int[n];
        out[0] = a[0];
        for (int i = 1; i < n; i++) {
            out[n - i] = (q - a[i]) % q;
        }
        return out;
    }

    private static int[] block(int[] values, int j, int n) {
        int[] out = new int[n];
        System.arraycopy(values, j * n, out, 0, Math.max(0, Math.min(n, values.length - j * n)));
        return out;
    }

    /** Uniform values mod q with an eighth each of 0 and q − 1. */
    private static int[] randomEdgy(int count, int q, Random random) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            int pick = random.nextInt(8);
            out[i] = pick == 0 ? 0 : pick == 1 ? q - 1 : random.nextInt(q);
        }
        return out;
    }
}
