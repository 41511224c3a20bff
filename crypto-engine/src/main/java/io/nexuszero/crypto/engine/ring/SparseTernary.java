package io.nexuszero.crypto.engine.ring;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A public ring element with few coefficients, all ±1 — a Fiat–Shamir challenge. Its products are signed negacyclic
 * shifts and additions (τ·n additions, no multiplications), cheaper than any transform when τ is small. The loops
 * depend only on the public positions, never on the other operand's (possibly secret) values.
 */
public final class SparseTernary {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final Ring ring;
    private final int[] positions;
    private final int[] signs;

    private SparseTernary(Ring ring, int[] positions, int[] signs) {
        this.ring = ring;
        this.positions = positions;
        this.signs = signs;
    }

    /**
     * The sparse form of {@code c} (either domain).
     *
     * @throws IllegalArgumentException if a coefficient is not in {−1, 0, 1}
     */
    public static SparseTernary of(Poly c) {
        int[] centered = c.fromNtt().centered();
        int[] positions = new int[centered.length];
        int[] signs = new int[centered.length];
        int count = 0;
        for (int i = 0; i < centered.length; i++) {
            if (centered[i] == 0) {
                continue;
            }
            if (Math.abs(centered[i]) != 1) {
                throw new IllegalArgumentException("a sparse ternary element has coefficients in {-1, 0, 1} only");
            }
            positions[count] = i;
            signs[count] = centered[i];
            count++;
        }
        return new SparseTernary(c.ring(), Arrays.copyOf(positions, count), Arrays.copyOf(signs, count));
    }

    /** This · v in R_q, coefficient domain (v in either domain). */
    public Poly multiply(Poly v) {
        if (!v.ring().equals(ring)) {
            throw new IllegalArgumentException("operands are in different rings");
        }
        int n = ring.degree();
        long q = ring.modulus();
        int[] a = v.fromNtt().raw();
        // every term adds or subtracts a value in [0, q): starting at count·q keeps the sum non-negative
        long[] sum = new long[n];
        Arrays.fill(sum, positions.length * q);
        for (int k = 0; k < positions.length; k++) {
            int shift = positions[k];
            int wrap = n - shift;
            if (signs[k] > 0) {
                addShifted(a, sum, shift, wrap);
            } else {
                subtractShifted(a, sum, shift, wrap);
            }
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = ring.reduceNonNegative(sum[i]);
        }
        return new Poly(ring, out, false);
    }

    /**
     * {@link #multiplyShort(Poly, int)} eight coefficients per 64-bit addition, for 2·τ·bound ≤ 255. X^shift·v is the
     * window [n − shift, 2n − shift) of E = (−v ‖ v), so each term adds one byte window of E + bound (or of
     * bound − E for a −1 coefficient), every byte in [0, 2·bound]; the τ windows sum to at most 2·τ·bound ≤ 255 per
     * byte, so the bytes of the 64-bit sums never carry into each other, and subtracting τ·bound leaves c·v.
     * Consumes (and wipes) the centred copy {@code a}.
     */
    private Poly multiplyPacked(int[] a, int bound) {
        int n = a.length;
        byte[] plus = new byte[2 * n + 8];
        byte[] minus = new byte[2 * n + 8];
        for (int i = 0; i < n; i++) {
            plus[i] = (byte) (bound - a[i]);
            plus[n + i] = (byte) (bound + a[i]);
            minus[i] = (byte) (bound + a[i]);
            minus[n + i] = (byte) (bound - a[i]);
        }
        Arrays.fill(a, 0);
        long[] sums = new long[n / 8];
        for (int k = 0; k < positions.length; k++) {
            byte[] window = signs[k] > 0 ? plus : minus;
            int from = n - positions[k];
            for (int w = 0; w < sums.length; w++) {
                sums[w] += (long) LONGS.get(window, from + 8 * w);
            }
        }
        Arrays.fill(plus, (byte) 0); // windows of a possibly secret v
        Arrays.fill(minus, (byte) 0);
        int offset = positions.length * bound;
        int[] product = new int[n];
        for (int w = 0; w < sums.length; w++) {
            long packed = sums[w];
            for (int b = 0; b < 8; b++) {
                product[8 * w + b] = (int) ((packed >>> (8 * b)) & 0xFF) - offset;
            }
        }
        Arrays.fill(sums, 0);
        Poly result = Poly.fromCentered(ring, product);
        Arrays.fill(product, 0);
        return result;
    }

    /** sum += X^shift·a (negacyclic) in 64-bit sums: two branch-free runs without multiplications. */
    private static void addShifted(int[] a, long[] sum, int shift, int wrap) {
        for (int i = 0; i < wrap; i++) {
            sum[i + shift] += a[i];
        }
        for (int i = wrap; i < a.length; i++) {
            sum[i - wrap] -= a[i];
        }
    }

    private static void subtractShifted(int[] a, long[] sum, int shift, int wrap) {
        for (int i = 0; i < wrap; i++) {
            sum[i + shift] -= a[i];
        }
        for (int i = wrap; i < a.length; i++) {
            sum[i - wrap] += a[i];
        }
    }

    /**
     * This · v for a short v (‖v‖∞ ≤ bound, a public bound such as η): the exact product has coefficients of at most
     * τ·bound, so it is summed in int on centred values — no reduction until the end.
     *
     * @throws IllegalArgumentException if τ·bound ≥ q/2 or v exceeds the bound
     */
    public Poly multiplyShort(Poly v, int bound) {
        if ((long) positions.length * bound >= ring.modulus() / 2 || v.infinityNorm() > bound) {
            throw new IllegalArgumentException("not a short product: the operand or its bound is too large");
        }
        int n = ring.degree();
        int[] a = v.fromNtt().centered();
        if (2L * bound * positions.length <= 255 && n % 8 == 0) {
            return multiplyPacked(a, bound);
        }
        int[] sum = new int[n];
        for (int k = 0; k < positions.length; k++) {
            int shift = positions[k];
            int wrap = n - shift;
            if (signs[k] > 0) {
                addShifted(a, sum, shift, wrap);
            } else {
                subtractShifted(a, sum, shift, wrap);
            }
        }
        java.util.Arrays.fill(a, 0);
        Poly product = Poly.fromCentered(ring, sum);
        java.util.Arrays.fill(sum, 0); // c·s: as secret as s
        return product;
    }

    /** sum += X^shift·a (negacyclic): two branch-free runs, split where X^n = −1 wraps. */
    private static void addShifted(int[] a, int[] sum, int shift, int wrap) {
        for (int i = 0; i < wrap; i++) {
            sum[i + shift] += a[i];
        }
        for (int i = wrap; i < a.length; i++) {
            sum[i - wrap] -= a[i];
        }
    }

    private static void subtractShifted(int[] a, int[] sum, int shift, int wrap) {
        for (int i = 0; i < wrap; i++) {
            sum[i + shift] -= a[i];
        }
        for (int i = wrap; i < a.length; i++) {
            sum[i - wrap] += a[i];
        }
    }

    /** {@link #multiplyShort(Poly, int)} entrywise. */
    public PolyVec multiplyShort(PolyVec v, int bound) {
        Poly[] out = new Poly[v.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = multiplyShort(v.get(i), bound);
        }
        return PolyVec.of(out);
    }

    /** This · v entrywise, coefficient domain. */
    public PolyVec multiply(PolyVec v) {
        Poly[] out = new Poly[v.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = multiply(v.get(i));
        }
        return PolyVec.of(out);
    }

    /** Number of non-zero coefficients (τ for a challenge). */
    public int weight() {
        return positions.length;
    }
}
