package io.nexuszero.crypto.engine.ring;

/**
 * Products of arbitrary elements of R_q with short ones, computed exactly over Z[X]/(X^n + 1) and then reduced mod q.
 *
 * <p>Why: the proofs' modulus splits X^n + 1 into only a few factors (so challenge differences are invertible), and
 * multiplying in its partial NTT costs n·d multiplications per product. Every large product in the proofs pairs a
 * uniform element (|a| ≤ q/2 centred) with a short one (|v| ≤ γ): the integer coefficients of Σ_j a_j·v_j are below
 * terms·n·(q/2)·bound, so two NTT-friendly primes P1, P2 ≡ 1 (mod 8192) with P1·P2 ≈ 2^62 hold them exactly, and
 * both complete NTTs are cheap. The result is reconstructed by the CRT and reduced mod q, branch-free.
 */
final class ShortProducts {

    /** The two largest primes below 2^31 that are ≡ 1 (mod 8192): complete NTTs for every n ≤ 4096. */
    static final int P1 = 2147377153;
    static final int P2 = 2147352577;
    private static final long MODULUS_PRODUCT_HALF = (long) P1 * P2 / 2;

    private final Ring ring;
    private final Ntt first;
    private final Ntt second;
    private final Montgomery secondArithmetic;
    /** P1^-1 mod P2 in Montgomery form (so one Montgomery product gives (r2 − r1)·P1^-1 mod P2). */
    private final int firstInverseMontgomery;
    /** A multiple of q above P1·P2/2: added to a centred result to make it non-negative for the reduction. */
    private final long offset;

    ShortProducts(Ring ring) {
        this.ring = ring;
        this.first = Ring.of(ring.degree(), P1).ntt();
        this.second = Ring.of(ring.degree(), P2).ntt();
        this.secondArithmetic = Ring.of(ring.degree(), P2).arithmetic();
        long inverse = ModularMath.inverseModPrime(P1 % P2, P2);
        this.firstInverseMontgomery = (int) (inverse * ((1L << 32) % P2) % P2);
        long q = ring.modulus();
        this.offset = ((MODULUS_PRODUCT_HALF + q - 1) / q) * q;
    }

    /** True when Σ of {@code terms} products with elements of ‖·‖∞ ≤ bound is exact through P1·P2. */
    boolean exactFor(int terms, long bound) {
        double largest = (double) terms * ring.degree() * (ring.modulus() / 2.0) * bound;
        return largest < MODULUS_PRODUCT_HALF * 0.99;
    }

    /**
     * The centred coefficients of each polynomial, transformed mod P1 and mod P2: [prime][polynomial][n], the layout
     * {@link #dot} takes.
     */
    int[][][] transform(java.util.List<Poly> polys) {
        int[][][] out = new int[2][polys.size()][];
        for (int j = 0; j < polys.size(); j++) {
            int[] centered = polys.get(j).fromNtt().centered();
            int[] a = new int[centered.length];
            int[] b = new int[centered.length];
            for (int i = 0; i < centered.length; i++) {
                int v = centered[i];
                a[i] = v + ((v >> 31) & P1);
                b[i] = v + ((v >> 31) & P2);
            }
            java.util.Arrays.fill(centered, 0); // the polynomial may be a secret mask
            first.forward(a);
            second.forward(b);
            out[0][j] = a;
            out[1][j] = b;
        }
        return out;
    }

    /** Σ_j left_j · right_j in R_q (coefficient domain), from {@link #transform}ed operands. */
    Poly dot(int[][][] left, int[][][] right) {
        int n = ring.degree();
        int[] sumFirst = new int[n];
        int[] sumSecond = new int[n];
        first.dotMontgomery(left[0], right[0], sumFirst);
        second.dotMontgomery(left[1], right[1], sumSecond);
        first.inverseFromMontgomery(sumFirst);
        second.inverseFromMontgomery(sumSecond);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = ring.reduceNonNegative(centredCrt(sumFirst[i], sumSecond[i]) + offset);
        }
        java.util.Arrays.fill(sumFirst, 0); // residues of a product with a possibly secret operand
        java.util.Arrays.fill(sumSecond, 0);
        return new Poly(ring, out, false);
    }

    /** The x ∈ (−P1·P2/2, P1·P2/2] with x ≡ r1 (mod P1), x ≡ r2 (mod P2), branch-free. */
    private long centredCrt(int r1, int r2) {
        int r1ModP2 = r1 - P2;
        r1ModP2 += (r1ModP2 >> 31) & P2;
        int difference = r2 - r1ModP2;
        difference += (difference >> 31) & P2;
        int h = secondArithmetic.normalize(secondArithmetic.multiply(difference, firstInverseMontgomery));
        long x = r1 + (long) P1 * h;
        long excess = MODULUS_PRODUCT_HALF - x; // negative exactly when x > P1·P2/2
        return x - ((excess >> 63) & ((long) P1 * P2));
    }
}
