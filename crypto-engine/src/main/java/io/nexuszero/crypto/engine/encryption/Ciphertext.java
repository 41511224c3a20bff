package io.nexuszero.crypto.engine.encryption;

import io.nexuszero.crypto.engine.packing.ByteReader;
import io.nexuszero.crypto.engine.packing.ByteWriter;
import io.nexuszero.crypto.engine.packing.DecodingException;
import io.nexuszero.crypto.engine.packing.PolyPacking;
import io.nexuszero.crypto.engine.params.LatticeParameters;
import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;

import java.util.Objects;

/**
 * A ciphertext (u, v) of {@link PublicKeyEncryption}, with the message length in bytes. Canonical encoding:
 * <pre>
 *   version (1 byte, = 1) ‖ message length (1 byte, 0..32) ‖ u_0 ‖ … ‖ u_{l−1} ‖ v
 * </pre>
 * each polynomial uncompressed with the full bits(q−1)-bit packing; 2 + (l+1)·n·bits(q−1)/8 bytes. The length is
 * not hidden (as with any length-revealing cipher).
 *
 * @param parameters    the parameters of the recipient's key
 * @param messageLength message length in bytes, 0..32
 * @param u             Aᵀr + e1 ∈ R_q^l (coefficient domain)
 * @param v             tᵀr + e2 + ⌈q/2⌉·m (coefficient domain)
 */
public record Ciphertext(LatticeParameters parameters, int messageLength, PolyVec u, Poly v) {

    /** Current encoding version. */
    public static final int VERSION = 1;

    public Ciphertext {
        Objects.requireNonNull(parameters, "parameters");
        if (messageLength < 0 || messageLength > MessageEncoding.MAX_MESSAGE_BYTES) {
            throw new IllegalArgumentException("message length must be in [0, 32]");
        }
        if (u.length() != parameters.rankL() || u.isNtt() || v.isNtt() || !u.ring().equals(parameters.ring())
            || !v.ring().equals(parameters.ring())) {
            throw new IllegalArgumentException("u must have l and v one coefficient-domain polynomial of the ring");
        }
    }

    /** Bytes of the canonical encoding for these parameters. */
    public static int encodedLength(LatticeParameters parameters) {
        return 2 + (parameters.rankL() + 1) * PolyPacking.fullBytes(parameters.ring());
    }

    /** The canonical encoding. */
    public byte[] encode() {
        ByteWriter writer = new ByteWriter().writeByte(VERSION).writeByte(messageLength);
        PolyPacking.writeFull(writer, u);
        writer.writeBytes(PolyPacking.packFull(v));
        return writer.toByteArray();
    }

    /**
     * Decodes a canonical encoding for the given parameters.
     *
     * @throws DecodingException on a wrong length or version, a message length above 32, or unreduced coefficients
     */
    public static Ciphertext decode(LatticeParameters parameters, byte[] encoded) throws DecodingException {
        if (encoded.length != encodedLength(parameters)) {
            throw new DecodingException("ciphertext: wrong length, expected " + encodedLength(parameters)
                + " bytes, got " + encoded.length);
        }
        ByteReader reader = new ByteReader(encoded);
        int version = reader.readByte("ciphertext version");
        if (version != VERSION) {
            throw new DecodingException("ciphertext: unsupported version " + version + " (expected " + VERSION + ")");
        }
        int length = reader.readByte("ciphertext message length");
        if (length > MessageEncoding.MAX_MESSAGE_BYTES) {
            throw new DecodingException("ciphertext: message length " + length + " exceeds 32 bytes");
        }
        PolyVec u = PolyPacking.readFullVec(reader, parameters.ring(), parameters.rankL(), false, "ciphertext u");
        Poly v = PolyPacking.readFull(reader, parameters.ring(), false, "ciphertext v");
        reader.finish();
        return new Ciphertext(parameters, length, u, v);
    }

    /** Shape only. */
    @Override
    public String toString() {
        return "Ciphertext[l=" + parameters.rankL() + ", n=" + parameters.ringDegree() + ", messageLength="
            + messageLength + "]";
    }
}
