package io.nexuszero.crypto.engine.ring;

import java.util.Arrays;

/**
 * An element of R_q = Z_q[X]/(X^n + 1), held either by its coefficients ("coefficient domain") or by its NTT
 * ({@link #isNtt()}, see {@link Ntt}). Stored values are always in [0, q).
 *
 * <p>Immutable: every operation returns a new polynomial. The single exception is {@link #zeroize()}, which wipes the
 * coefficients of a polynomial holding secret material once it is no longer needed. Arithmetic is branch-free in the
 * coefficient values. {@link #toString()} never shows coefficients, since a Poly may be a secret.
 */
public final class Poly {

    private final Ring ring;
    private final int[] c;
    private final boolean ntt;

    /** Takes ownership of {@code values} (no copy): callers in this package pass fresh arrays in [0, q). */
    Poly(Ring ring, int[] values, boolean ntt) {
        this.ring = ring;
        this.c = values;
        this.ntt = ntt;
    }

    /** The zero polynomial (coefficient domain). */
    public static Poly zero(Ring ring) {
        return new Poly(ring, new int[ring.degree()], false);
    }

    /**
     * A coefficient-domain polynomial from n coefficients, each in [0, q) (copied).
     *
     * @throws IllegalArgumentException on a wrong length or a coefficient outside [0, q) (the value is not shown)
     */
    public static Poly ofCoefficients(Ring ring, int[] coefficients) {
        return new Poly(ring, checkedCopy(ring, coefficients), false);
    }

    /** An NTT-domain polynomial from its n NTT values, each in [0, q) (copied). */
    public static Poly ofNttValues(Ring ring, int[] nttValues) {
        return new Poly(ring, checkedCopy(ring, nttValues), true);
    }

    /**
     * A coefficient-domain polynomial from centered (signed) coefficients with |v| < q, e.g. a short secret; the
     * conversion is branch-free.
     */
    public static Poly fromCentered(Ring ring, int[] centered) {
        checkLength(ring, centered);
        int q = ring.modulus();
        int[] v = new int[centered.length];
        int bad = 0;
        for (int i = 0; i < v.length; i++) {
            int x = centered[i];
            // |x| < q  <=>  x + q - 1 and q - 1 - x are both non-negative; accumulate sign bits instead of branching
            bad |= (x + (q - 1)) | ((q - 1) - x);
            v[i] = ring.fromCentered(x);
        }
        if (bad < 0) {
            throw new IllegalArgumentException("centered coefficients must satisfy |v| < q");
        }
        return new Poly(ring, v, false);
    }

    private static int[] checkedCopy(Ring ring, int[] values) {
        checkLength(ring, values);
        int q = ring.modulus();
        int bad = 0;
        for (int x : values) {
            bad |= x | ((q - 1) - x);
        }
        if (bad < 0) {
            throw new IllegalArgumentException("values must lie in [0, q)");
        }
        return values.clone();
    }

    private static void checkLength(Ring ring, int[] values) {
        if (values.length != ring.degree()) {
            throw new IllegalArgumentException("expected " + ring.degree() + " values, got " + values.length);
        }
    }

    /** The ring this element belongs to. */
    public Ring ring() {
        return ring;
    }

    /** Ring degree n. */
    public int degree() {
        return c.length;
    }

    /** True if this polynomial is held in the NTT domain. */
    public boolean isNtt() {
        return ntt;
    }

    /** Value i in [0, q): coefficient i (coefficient domain) or NTT entry i (NTT domain). */
    public int get(int i) {
        return c[i];
    }

    /** A copy of the n values in [0, q) (coefficients or NTT entries, per the domain). */
    public int[] values() {
        return c.clone();
    }

    /** A copy of the values mapped to their centered representatives in (-q/2, q/2] (branch-free). */
    public int[] centered() {
        int[] out = new int[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = ring.toCentered(c[i]);
        }
        return out;
    }

    /**
     * The infinity norm max_i |centered(c_i)| of the coefficients, computed without data-dependent branches.
     *
     * @throws IllegalStateException in the NTT domain (the norm is a coefficient-domain notion)
     */
    public int infinityNorm() {
        requireCoefficientDomain();
        int max = 0;
        for (int value : c) {
            int v = ring.toCentered(value);
            int abs = (v ^ (v >> 31)) - (v >> 31);
            int takeAbs = (max - abs) >> 31; // all ones when abs > max
            max = (abs & takeAbs) | (max & ~takeAbs);
        }
        return max;
    }

    /** this + other (same ring and domain). */
    public Poly add(Poly other) {
        checkCompatible(other);
        Montgomery m = ring.arithmetic();
        int[] out = new int[c.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = m.add(c[i], other.c[i]);
        }
        return new Poly(ring, out, ntt);
    }

    /** this - other (same ring and domain). */
    public Poly subtract(Poly other) {
        checkCompatible(other);
        Montgomery m = ring.arithmetic();
        int[] out = new int[c.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = m.subtract(c[i], other.c[i]);
        }
        return new Poly(ring, out, ntt);
    }

    /** -this. */
    public Poly negate() {
        Montgomery m = ring.arithmetic();
        int[] out = new int[c.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = m.subtract(0, c[i]);
        }
        return new Poly(ring, out, ntt);
    }

    /** scalar · this, for any integer scalar (reduced mod q first; the scalar is treated as public). */
    public Poly multiplyScalar(long scalar) {
        Montgomery m = ring.arithmetic();
        int s = m.toMontgomery(ring.reduce(scalar));
        int[] out = new int[c.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = m.multiply(c[i], s);
        }
        return new Poly(ring, out, ntt);
    }

    /**
     * The ring product this · other (negacyclic). Both must be in the same domain; the result is in that domain
     * (coefficient-domain operands are transformed, multiplied pointwise and transformed back).
     */
    public Poly multiply(Poly other) {
        checkCompatible(other);
        Ntt t = ring.ntt();
        if (ntt) {
            int[] out = new int[c.length];
            t.pointwise(c, other.c, out);
            return new Poly(ring, out, true);
        }
        int[] a = c.clone();
        int[] b = other.c.clone();
        t.forward(a);
        t.forward(b);
        t.pointwiseMontgomery(a, b, a);
        t.inverseFromMontgomery(a);
        Arrays.fill(b, 0);
        return new Poly(ring, a, false);
    }

    /**
     * The automorphism σ_{-1}: a(X) ↦ a(X^{-1}) in R_q (coefficient domain). Since X^{-i} = −X^{n−i}, coefficient 0
     * stays and coefficient i moves to n − i negated. Its use: the constant coefficient of σ_{-1}(a)·m is
     * Σ_i a_i·m_i, the inner product of the coefficient vectors — how a linear relation among committed coefficients
     * becomes one ring equation (Esgin–Nguyen–Seiler 2020; Lyubashevsky–Nguyen–Seiler 2021).
     */
    public Poly sigmaMinusOne() {
        requireCoefficientDomain();
        Montgomery m = ring.arithmetic();
        int n = c.length;
        int[] out = new int[n];
        out[0] = c[0];
        for (int i = 1; i < n; i++) {
            out[n - i] = m.subtract(0, c[i]);
        }
        return new Poly(ring, out, false);
    }

    /** This polynomial in the NTT domain (returns this if already there). */
    public Poly toNtt() {
        if (ntt) {
            return this;
        }
        int[] a = c.clone();
        ring.ntt().forward(a);
        return new Poly(ring, a, true);
    }

    /** This polynomial in the coefficient domain (returns this if already there). */
    public Poly fromNtt() {
        if (!ntt) {
            return this;
        }
        int[] a = c.clone();
        ring.ntt().inverse(a);
        return new Poly(ring, a, false);
    }

    /** Overwrites the values with zeros; call on polynomials holding secrets once they are no longer needed. */
    public void zeroize() {
        Arrays.fill(c, 0);
    }

    /** Direct access for this package's vector/matrix code (no copy). */
    int[] raw() {
        return c;
    }

    private void requireCoefficientDomain() {
        if (ntt) {
            throw new IllegalStateException("operation needs the coefficient domain");
        }
    }

    private void checkCompatible(Poly other) {
        if (!ring.equals(other.ring)) {
            throw new IllegalArgumentException("polynomials belong to different rings");
        }
        if (ntt != other.ntt) {
            throw new IllegalArgumentException("polynomials are in different domains (NTT vs coefficient)");
        }
    }

    /** Constant-time comparison of ring, domain and values. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Poly other) || !ring.equals(other.ring) || ntt != other.ntt) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < c.length; i++) {
            diff |= c[i] ^ other.c[i];
        }
        return diff == 0;
    }

    @Override
    public int hashCode() {
        return 31 * ring.hashCode() + Arrays.hashCode(c) + (ntt ? 1 : 0);
    }

    /** Shape only: coefficients may be secret. */
    @Override
    public String toString() {
        return "Poly[n=" + c.length + ", q=" + ring.modulus() + (ntt ? ", ntt" : "") + "]";
    }
}
