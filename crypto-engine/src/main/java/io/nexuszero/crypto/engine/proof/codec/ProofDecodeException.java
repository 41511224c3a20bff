package io.nexuszero.crypto.engine.proof.codec;

import io.nexuszero.crypto.engine.packing.DecodingException;

/**
 * The documented decode error of proof and statement encodings. {@link #reason()} is a stable code that the verifier
 * returns unchanged:
 * <ul>
 *   <li>{@code malformed}: bad magic, unknown version or kind, wrong length, trailing bytes, non-zero padding bits,
 *       a mod-q value ≥ q, a count out of range;</li>
 *   <li>{@code wrong_parameter_set}: the encoding names another parameter set (id or fingerprint differ);</li>
 *   <li>{@code norm_exceeded}: a response coefficient lies outside [−(γ − τη), γ − τη];</li>
 *   <li>{@code unsupported_format}: the encoding is of a retired format (linear-relation format 1, kind 0x03; range format 1, kind 0x05).</li>
 * </ul>
 * Proof decoders read with the engine's strict {@link io.nexuszero.crypto.engine.packing.ByteReader}, whose plain
 * {@link DecodingException}s (truncation, trailing bytes, padding) are structural: {@link #reasonOf} maps them to
 * {@code malformed}. Messages never contain secret material (decoders only ever see public data anyway).
 */
public final class ProofDecodeException extends DecodingException {

    private static final long serialVersionUID = 1L;

    /** Reason code: structural problem. */
    public static final String MALFORMED = "malformed";
    /** Reason code: the encoding belongs to another parameter set. */
    public static final String WRONG_PARAMETER_SET = "wrong_parameter_set";
    /** Reason code: a response coefficient is outside the rejection bound. */
    public static final String NORM_EXCEEDED = "norm_exceeded";

    /** Reason code: an encoding of a retired format (its proofs cannot be verified by this version). */
    public static final String UNSUPPORTED_FORMAT = "unsupported_format";

    private final String reason;

    public ProofDecodeException(String reason, String detail) {
        super(reason + ": " + detail, false);
        this.reason = reason;
    }

    /** The stable reason code of any decoding failure of a proof or statement: {@code malformed} unless stated. */
    public static String reasonOf(DecodingException failure) {
        return failure instanceof ProofDecodeException proofFailure ? proofFailure.reason : MALFORMED;
    }

    /** The stable reason code. */
    public String reason() {
        return reason;
    }
}
