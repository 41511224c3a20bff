package io.nexuszero.crypto.engine.sampling;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyMatrix;
import io.nexuszero.crypto.engine.ring.Ring;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Uniform sampling mod q by rejection from SHAKE-128, used to expand the public matrix A from a 32-byte seed ρ
 * (FIPS 203/204 style). Each candidate reads ⌈bits(q−1)/8⌉ little-endian bytes, keeps the low bits(q−1) bits and is
 * accepted if below q; for q = 8380417 this is exactly FIPS 204's RejNTTPoly (3 bytes, 23 bits). The data here is
 * public, so rejection branches leak nothing.
 */
public final class UniformSampler {

    private static final VarHandle LITTLE_ENDIAN_INT =
        MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    /** Length of the matrix seed ρ. */
    public static final int SEED_BYTES = 32;
    /** Largest supported rank: row and column indexes are single bytes of the XOF input. */
    public static final int MAX_RANK = 255;

    private UniformSampler() {
    }

    /**
     * The NTT-domain polynomial A[row][column] = RejectionUniform(SHAKE-128(ρ ‖ column ‖ row)) (one byte each, as
     * FIPS 204's ExpandA).
     */
    public static Poly uniformNtt(Ring ring, byte[] rho, int row, int column) {
        checkSeed(rho);
        if (row < 0 || row > MAX_RANK || column < 0 || column > MAX_RANK) {
            throw new IllegalArgumentException("matrix index out of range [0, 255]");
        }
        Xof xof = Xof.shake128(rho, new byte[] {(byte) column, (byte) row});
        return Poly.ofNttValues(ring, rejectUniform(ring.modulus(), ring.degree(), xof));
    }

    /**
     * {@code count} values uniform in [0, q) by rejection from SHAKE-128(inputs…) (the reader of {@link #uniformNtt}):
     * Fiat–Shamir scalars derived from a transcript digest, or fresh uniform elements from a prover's seed.
     */
    public static int[] uniformValues(int q, int count, byte[]... inputs) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        return rejectUniform(q, count, Xof.shake128(inputs));
    }

    /** The rows × columns matrix A expanded from ρ; entry (i, j) is {@link #uniformNtt}(ρ, i, j). */
    public static PolyMatrix expandMatrix(Ring ring, byte[] rho, int rows, int columns) {
        if (rows < 1 || columns < 1 || rows > MAX_RANK + 1 || columns > MAX_RANK + 1) {
            throw new IllegalArgumentException("matrix dimensions must be in [1, 256]");
        }
        Poly[][] a = new Poly[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                a[i][j] = uniformNtt(ring, rho, i, j);
            }
        }
        return PolyMatrix.of(a);
    }

    /**
     * n values uniform in [0, q) by rejection from the given XOF stream. The stream is squeezed in whole SHAKE-128
     * blocks — first as many as n candidates need at the acceptance rate q / 2^bits(q−1), then one at a time — and
     * parsed in a tight loop; 168 is a multiple of every candidate size (1 to 4 bytes), so no candidate straddles two
     * reads and the output is that of reading the stream candidate by candidate. Each candidate is one little-endian
     * 4-byte load masked to bits(q−1) bits (the buffer has 3 spare bytes so that the last load stays inside it).
     */
    static int[] rejectUniform(int q, int n, Xof xof) {
        int bits = 32 - Integer.numberOfLeadingZeros(q - 1);
        int bytes = (bits + 7) / 8;
        int mask = (int) ((1L << bits) - 1);
        double acceptance = q / (double) (1L << bits);
        int blocks = (int) Math.ceil(n * bytes / acceptance / Xof.SHAKE128_RATE);
        byte[] buffer = new byte[blocks * Xof.SHAKE128_RATE + 3];
        int limit = blocks * Xof.SHAKE128_RATE;
        xof.nextBytes(buffer, 0, limit);
        int[] out = new int[n];
        int filled = 0;
        while (true) {
            for (int position = 0; position < limit && filled < n; position += bytes) {
                int candidate = (int) LITTLE_ENDIAN_INT.get(buffer, position) & mask;
                // public data, but branch-free anyway: a rejected candidate is overwritten by the next one
                out[filled] = candidate;
                filled += (candidate - q) >>> 31;
            }
            if (filled == n) {
                return out;
            }
            limit = Xof.SHAKE128_RATE;
            xof.nextBytes(buffer, 0, limit);
        }
    }

    private static void checkSeed(byte[] rho) {
        if (rho.length != SEED_BYTES) {
            throw new IllegalArgumentException("matrix seed must be " + SEED_BYTES + " bytes");
        }
    }
}
