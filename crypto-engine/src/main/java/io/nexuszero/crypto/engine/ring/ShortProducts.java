package io.nexuszero.crypto.engine.ring;

/**
 * Products of arbitrary elements of R_q with short ones, computed exactly over Z[X]/(X^n + 1) and then reduced mod q.
 *
 * <p>Why: the proofs' modulus splits X^n + 1 into only a few factors (so challenge differences are invertible), and
 * multiplying in its partial NTT costs n·d multiplications per product. Every large product in the proofs pairs a
 * uniform element (|a| ≤ q/2 centred) with a short one (|v| ≤ γ): the integer coefficients of Σ_j a_j·v_j are below
 * terms·n·(q/2)·bound, so the 61-bit NTT prime P of {@link WideNtt} holds them exactly whenever that is below P/2
 * (about 2^60; every preset's products need at most 2^58.2), and its complete transform is cheap. The result is read
 * back centred and reduced mod q, branch-free.
 */
final class ShortProducts {

    private final Ring ring;
    private final WideNtt ntt;
    /** A multiple of q above P/2: added to a centred result to make it non-negative for the reduction. */
    private final long offset;

    ShortProducts(Ring ring) {
        this.ring = ring;
        this.ntt = new WideNtt(ring.degree());
        long q = ring.modulus();
        this.offset = ((WideNtt.P / 2 + q) / q) * q;
    }

    /** True when Σ of {@code terms} products with elements of ‖·‖∞ ≤ bound is exact modulo P. */
    boolean exactFor(int terms, long bound) {
        return WideNtt.holds((double) terms * ring.degree() * (ring.modulus() / 2.0) * bound);
    }

    /** The most terms (up to {@code terms}) whose sum is exact modulo P for this bound; 0 if not even one. */
    int exactTerms(int terms, long bound) {
        int most = terms;
        while (most > 0 && !exactFor(most, bound)) {
            most--;
        }
        return most;
    }

    /**
     * Σ_j left_j·right_j reduced mod q, summed exactly over the integers in groups of at most {@code group} terms
     * ({@link #exactTerms}) and the groups' results added mod q: wide masks (Gaussian, |y| up to 12k) times many
     * columns can exceed P/2 in one sum although every group stays exact.
     */
    Poly dot(long[][] left, long[][] right, int group) {
        if (left.length <= group) {
            return dot(left, right);
        }
        Poly sum = null;
        for (int from = 0; from < left.length; from += group) {
            int to = Math.min(left.length, from + group);
            Poly part = dot(java.util.Arrays.copyOfRange(left, from, to), java.util.Arrays.copyOfRange(right, from, to));
            sum = sum == null ? part : sum.add(part);
        }
        return sum;
    }

    /** The centred coefficients of each polynomial, transformed mod P: [polynomial][n], the layout {@link #dot} takes. */
    long[][] transform(java.util.List<Poly> polys) {
        long[][] out = new long[polys.size()][];
        for (int j = 0; j < polys.size(); j++) {
            int[] coefficients = polys.get(j).fromNtt().raw(); // read only: values in [0, q)
            long[] values = new long[coefficients.length];
            for (int i = 0; i < coefficients.length; i++) {
                values[i] = WideNtt.residue(ring.toCentered(coefficients[i]));
            }
            ntt.forward(values);
            out[j] = values;
        }
        return out;
    }

    /** Σ_j left_j · right_j in R_q (coefficient domain), from {@link #transform}ed operands. */
    Poly dot(long[][] left, long[][] right) {
        int n = ring.degree();
        long[] sum = new long[n];
        ntt.dot(left, right, sum);
        ntt.inverseOfSum(sum);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = ring.reduceNonNegative(WideNtt.centred(sum[i]) + offset);
        }
        java.util.Arrays.fill(sum, 0); // a product with a possibly secret operand
        return new Poly(ring, out, false);
    }
}
