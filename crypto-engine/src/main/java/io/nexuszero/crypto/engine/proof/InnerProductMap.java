package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.Ring;

/**
 * The R_q-linear map u ↦ f(u) = Σ_j σ_{-1}(A_j)·u_j for a public coefficient vector a = (a_0 … a_{L−1}) split into
 * blocks A_j (coefficients jn … jn + n − 1 of a, zero beyond L), whose constant coefficient is the inner product:
 * ct(f(m)) = Σ_i a_i·m_i where m_i is coefficient i mod n of m_{⌊i/n⌋} — the layout of BDLOP message polynomials.
 * So "Σ a_i·v_i = b" for committed values v becomes "ct(f(m) − b) = 0", a statement about one ring element that the
 * constant-coefficient technique (Esgin–Nguyen–Seiler, ASIACRYPT 2020, §3; Lyubashevsky–Nguyen–Seiler, PKC 2021)
 * proves. u_j may be arbitrary elements of R_q (A2·y is not short), so the products are general ones: σ_{-1}(A_j)
 * is kept in the NTT domain and each product is exact base multiplication mod q ({@link PolyVec#dot}).
 */
final class InnerProductMap {

    private final PolyVec conjugatesNtt;

    private InnerProductMap(PolyVec conjugatesNtt) {
        this.conjugatesNtt = conjugatesNtt;
    }

    /** The map for coefficients a (each in [0, q), 1 ≤ a.length ≤ blocks·n) over {@code blocks} polynomials. */
    static InnerProductMap of(Ring ring, int[] coefficients, int blocks) {
        int n = ring.degree();
        if (coefficients.length < 1 || coefficients.length > blocks * n) {
            throw new IllegalArgumentException("need 1 to blocks·n coefficients");
        }
        Poly[] conjugates = new Poly[blocks];
        for (int j = 0; j < blocks; j++) {
            int[] block = new int[n];
            int from = j * n;
            System.arraycopy(coefficients, from, block, 0, Math.max(0, Math.min(n, coefficients.length - from)));
            conjugates[j] = Poly.ofCoefficients(ring, block).sigmaMinusOne().toNtt();
        }
        return new InnerProductMap(PolyVec.of(conjugates));
    }

    /** Number of message polynomials the map reads. */
    int blocks() {
        return conjugatesNtt.length();
    }

    /** f(u) = Σ_j σ_{-1}(A_j)·u_j in the coefficient domain, for u ∈ R_q^blocks in the coefficient domain. */
    Poly apply(PolyVec u) {
        if (u.length() != blocks()) {
            throw new IllegalArgumentException("vector length must equal the number of blocks");
        }
        return conjugatesNtt.dot(u.toNtt()).fromNtt();
    }
}
