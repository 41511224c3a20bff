package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.proof.codec.ByteReader;
import io.nexuszero.crypto.engine.proof.codec.ByteWriter;
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
        out.u8(MAGIC_0).u8(MAGIC_1).u8(VERSION).u8(kind).u8(id.length).bytes(id).bytes(p.cachedFingerprint());
    }

    /** Reads and checks a header: structure errors are "malformed", another parameter set "wrong_parameter_set". */
    static void read(ByteReader in, int expectedKind, ProofParameters p) throws ProofDecodeException {
        if (in.u8() != MAGIC_0 || in.u8() != MAGIC_1) {
            throw new ProofDecodeException(ProofDecodeException.MALFORMED, "bad magic");
        }
        if (in.u8() != VERSION) {
            throw new ProofDecodeException(ProofDecodeException.MALFORMED, "unsupported version");
        }
        if (in.u8() != expectedKind) {
            throw new ProofDecodeException(ProofDecodeException.MALFORMED, "unexpected encoding kind");
        }
        int idLength = in.u8();
        if (idLength < 1 || idLength > 32) {
            throw new ProofDecodeException(ProofDecodeException.MALFORMED, "bad parameter-set id length");
        }
        byte[] id = in.bytes(idLength);
        byte[] fingerprint = in.bytes(ProofParameters.FINGERPRINT_BYTES);
        if (!MessageDigest.isEqual(id, p.idBytes()) || !MessageDigest.isEqual(fingerprint, p.cachedFingerprint())) {
            throw new ProofDecodeException(ProofDecodeException.WRONG_PARAMETER_SET,
                    "encoding names another parameter set");
        }
    }
}
