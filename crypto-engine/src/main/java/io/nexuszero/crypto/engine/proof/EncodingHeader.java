package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.packing.ByteReader;
import io.nexuszero.crypto.engine.packing.ByteWriter;
import io.nexuszero.crypto.engine.packing.DecodingException;
import io.nexuszero.crypto.engine.proof.codec.ProofDecodeException;

import java.security.MessageDigest;

/**
 * Header of every proof and statement encoding:
 * {@code 'N' 'Z' | version (1) | kind (1) | id length (1) | id (ASCII) | parameter fingerprint (8)}.
 * The kind byte is the proof type's code (proofs) or code | 0x80 (statements).
 */
final class EncodingHeader {

    static final int MAGIC_0 = 'N';
    static final int MAGIC_1 = 'Z';
    static final int VERSION = 1;

    private EncodingHeader() {
    }

    static int length(ProofParameters p) {
        return 5 + p.idBytes().length + ProofParameters.FINGERPRINT_BYTES;
    }

    static void write(ByteWriter out, int kind, ProofParameters p) {
        byte[] id = p.idBytes();
        out.writeByte(MAGIC_0).writeByte(MAGIC_1).writeByte(VERSION).writeByte(kind).writeByte(id.length).writeBytes(id)
                .writeBytes(p.cachedFingerprint());
    }

    /**
     * Reads and checks a header: structure errors are "malformed" (a truncated header is the reader's plain
     * {@link DecodingException}), another parameter set "wrong_parameter_set".
     */
    static void read(ByteReader in, int expectedKind, ProofParameters p) throws DecodingException {
        if (in.readByte("magic") != MAGIC_0 || in.readByte("magic") != MAGIC_1) {
            throw new ProofDecodeException(ProofDecodeException.MALFORMED, "bad magic");
        }
        if (in.readByte("version") != VERSION) {
            throw new ProofDecodeException(ProofDecodeException.MALFORMED, "unsupported version");
        }
        int kind = in.readByte("kind");
        if (kind != expectedKind && ProofType.isRetiredKind(kind)) {
            throw new ProofDecodeException(ProofDecodeException.UNSUPPORTED_FORMAT,
                    "a retired encoding format (linear-relation or range format 1); prove again to get the current format");
        }
        if (kind != expectedKind) {
            throw new ProofDecodeException(ProofDecodeException.MALFORMED, "unexpected encoding kind");
        }
        int idLength = in.readByte("parameter-set id length");
        if (idLength < 1 || idLength > 32) {
            throw new ProofDecodeException(ProofDecodeException.MALFORMED, "bad parameter-set id length");
        }
        byte[] id = in.readBytes(idLength, "parameter-set id");
        byte[] fingerprint = in.readBytes(ProofParameters.FINGERPRINT_BYTES, "parameter fingerprint");
        if (!MessageDigest.isEqual(id, p.idBytes()) || !MessageDigest.isEqual(fingerprint, p.cachedFingerprint())) {
            throw new ProofDecodeException(ProofDecodeException.WRONG_PARAMETER_SET,
                    "encoding names another parameter set");
        }
    }
}
