package io.nexuszero.crypto.engine.ring;

import java.util.Arrays;
import java.util.List;

/**
 * A vector of ring elements (a module element of R_q^len), all in the same ring and domain. Immutable like
 * {@link Poly}, except {@link #zeroize()}. {@link #toString()} shows the shape only.
 */
public final class PolyVec {

    private final Poly[] entries;

    private PolyVec(Poly[] entries) {
        this.entries = entries;
    }

    /**
     * A vector of the given polynomials (at least one; same ring and same domain).
     *
     * @throws IllegalArgumentException if empty or mixed rings/domains
     */
    public static PolyVec of(Poly... polys) {
        if (polys.length == 0) {
            throw new IllegalArgumentException("a vector needs at least one entry");
        }
        Poly first = polys[0];
        for (Poly p : polys) {
            if (!p.ring().equals(first.ring()) || p.isNtt() != first.isNtt()) {
                throw new IllegalArgumentException("vector entries must share ring and domain");
            }
        }
        return new PolyVec(polys.clone());
    }

    /** A vector of the given polynomials, see {@link #of(Poly...)}. */
    public static PolyVec of(List<Poly> polys) {
        return of(polys.toArray(new Poly[0]));
    }

    /** The zero vector of the given length (coefficient domain). */
    public static PolyVec zero(Ring ring, int length) {
        Poly[] p = new Poly[length];
        for (int i = 0; i < length; i++) {
            p[i] = Poly.zero(ring);
        }
        return of(p);
    }

    /** Number of entries. */
    public int length() {
        return entries.length;
    }

    /** Entry i. */
    public Poly get(int i) {
        return entries[i];
    }

    /** The entries as an unmodifiable list. */
    public List<Poly> entries() {
        return List.of(entries);
    }

    /** The common ring. */
    public Ring ring() {
        return entries[0].ring();
    }

    /** True if the entries are in the NTT domain. */
    public boolean isNtt() {
        return entries[0].isNtt();
    }

    /** Entrywise sum (same length, ring and domain). */
    public PolyVec add(PolyVec other) {
        checkLength(other);
        Poly[] out = new Poly[entries.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = entries[i].add(other.entries[i]);
        }
        return new PolyVec(out);
    }

    /** Entrywise difference. */
    public PolyVec subtract(PolyVec other) {
        checkLength(other);
        Poly[] out = new Poly[entries.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = entries[i].subtract(other.entries[i]);
        }
        return new PolyVec(out);
    }

    /** Entrywise negation. */
    public PolyVec negate() {
        Poly[] out = new Poly[entries.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = entries[i].negate();
        }
        return new PolyVec(out);
    }

    /** Each entry multiplied by the ring element c (e.g. the challenge times a secret), in the common domain. */
    public PolyVec multiplyPoly(Poly c) {
        Poly factor = isNtt() ? c.toNtt() : c.fromNtt();
        Poly[] out = new Poly[entries.length];
        if (isNtt()) {
            for (int i = 0; i < out.length; i++) {
                out[i] = entries[i].multiply(factor);
            }
            return new PolyVec(out);
        }
        Poly cHat = factor.toNtt();
        for (int i = 0; i < out.length; i++) {
            out[i] = entries[i].toNtt().multiply(cHat).fromNtt();
        }
        return new PolyVec(out);
    }

    /** Each entry multiplied by an integer scalar (public). */
    public PolyVec multiplyScalar(long scalar) {
        Poly[] out = new Poly[entries.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = entries[i].multiplyScalar(scalar);
        }
        return new PolyVec(out);
    }

    /**
     * The inner product Σ this_i · other_i in R_q. Result is in the common domain of the operands (which must match).
     */
    public Poly dot(PolyVec other) {
        checkLength(other);
        if (isNtt() != other.isNtt()) {
            throw new IllegalArgumentException("vectors are in different domains");
        }
        Ring ring = ring();
        Ntt ntt = ring.ntt();
        int[][] left = new int[entries.length][];
        int[][] right = new int[entries.length][];
        for (int i = 0; i < entries.length; i++) {
            left[i] = entries[i].toNtt().raw();
            right[i] = other.entries[i].toNtt().raw();
        }
        int[] acc = new int[ring.degree()];
        ntt.dotMontgomery(left, right, acc);
        if (isNtt()) {
            ntt.fromMontgomery(acc);
            return new Poly(ring, acc, true);
        }
        ntt.inverseFromMontgomery(acc);
        return new Poly(ring, acc, false);
    }

    /** All entries in the NTT domain. */
    public PolyVec toNtt() {
        Poly[] out = new Poly[entries.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = entries[i].toNtt();
        }
        return new PolyVec(out);
    }

    /** All entries in the coefficient domain. */
    public PolyVec fromNtt() {
        Poly[] out = new Poly[entries.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = entries[i].fromNtt();
        }
        return new PolyVec(out);
    }

    /** This vector followed by {@code other} (e.g. (z1, z2)). */
    public PolyVec concat(PolyVec other) {
        Poly[] out = Arrays.copyOf(entries, entries.length + other.entries.length);
        System.arraycopy(other.entries, 0, out, entries.length, other.entries.length);
        return of(out);
    }

    /** Entries [from, to) as a vector. */
    public PolyVec slice(int from, int to) {
        return of(Arrays.copyOfRange(entries, from, to));
    }

    /** max over entries of {@link Poly#infinityNorm()} (coefficient domain), branch-free in the values. */
    public int infinityNorm() {
        int max = 0;
        for (Poly p : entries) {
            int v = p.infinityNorm();
            int takeV = (max - v) >> 31;
            max = (v & takeV) | (max & ~takeV);
        }
        return max;
    }

    /** Zeroizes every entry (for secrets). */
    public void zeroize() {
        for (Poly p : entries) {
            p.zeroize();
        }
    }

    private void checkLength(PolyVec other) {
        if (other.entries.length != entries.length) {
            throw new IllegalArgumentException("vector lengths differ: " + entries.length + " vs " + other.entries.length);
        }
    }

    /** Constant-time in the values (each entry compared without early exit). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PolyVec other) || other.entries.length != entries.length) {
            return false;
        }
        boolean same = true;
        for (int i = 0; i < entries.length; i++) {
            same &= entries[i].equals(other.entries[i]);
        }
        return same;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(entries);
    }

    /** Shape only. */
    @Override
    public String toString() {
        return "PolyVec[length=" + entries.length + ", " + entries[0] + "]";
    }
}
