package io.nexuszero.crypto.engine.sampling;

import org.bouncycastle.crypto.digests.SHAKEDigest;

/**
 * An extendable-output stream: SHAKE-128 or SHAKE-256 absorbed once, then squeezed incrementally. Not thread-safe.
 */
public final class Xof {

    /** SHAKE-128's rate: the bytes one Keccak permutation yields. */
    public static final int SHAKE128_RATE = 168;
    /** SHAKE-256's rate. */
    public static final int SHAKE256_RATE = 136;

    private final SHAKEDigest shake;
    private final byte[] buffer;
    private int position;

    private Xof(int securityBits, byte[]... inputs) {
        this.shake = new SHAKEDigest(securityBits);
        for (byte[] in : inputs) {
            shake.update(in, 0, in.length);
        }
        // one rate-sized block per squeeze: 168 bytes for SHAKE-128, 136 for SHAKE-256
        this.buffer = new byte[securityBits == 128 ? SHAKE128_RATE : SHAKE256_RATE];
        this.position = buffer.length;
    }

    /** SHAKE-128 of the concatenated inputs. */
    public static Xof shake128(byte[]... inputs) {
        return new Xof(128, inputs);
    }

    /** SHAKE-256 of the concatenated inputs. */
    public static Xof shake256(byte[]... inputs) {
        return new Xof(256, inputs);
    }

    /** The next output byte (0..255). */
    public int nextByte() {
        if (position == buffer.length) {
            shake.doOutput(buffer, 0, buffer.length);
            position = 0;
        }
        return buffer[position++] & 0xFF;
    }

    /** Fills {@code out} with the next output bytes. */
    public void nextBytes(byte[] out) {
        nextBytes(out, 0, out.length);
    }

    /**
     * Writes the next {@code length} output bytes to {@code out[offset ..]}: first what is left of the buffered block,
     * then straight from the sponge (the same stream as byte-by-byte reads, without the per-byte calls).
     */
    public void nextBytes(byte[] out, int offset, int length) {
        int buffered = Math.min(length, buffer.length - position);
        System.arraycopy(buffer, position, out, offset, buffered);
        position += buffered;
        if (length > buffered) {
            shake.doOutput(out, offset + buffered, length - buffered);
        }
    }

    /** The next {@code length} output bytes. */
    public byte[] nextBytes(int length) {
        byte[] out = new byte[length];
        nextBytes(out);
        return out;
    }

    /** Convenience: the first {@code length} bytes of SHAKE-256 over the concatenated inputs. */
    public static byte[] shake256(int length, byte[]... inputs) {
        return shake256(inputs).nextBytes(length);
    }
}
