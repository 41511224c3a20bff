package io.nexuszero.crypto.engine.proof.codec;

/**
 * The single documented decode error of proof and statement encodings. {@link #reason()} is a stable code that the
 * verifier returns unchanged:
 * <ul>
 *   <li>{@code malformed}: bad magic, unknown version or kind, wrong length, trailing bytes, non-zero padding bits,
 *       a mod-q value ≥ q, a count out of range;</li>
 *   <li>{@code wrong_parameter_set}: the encoding names another parameter set (id or fingerprint differ);</li>
 *   <li>{@code norm_exceeded}: a response coefficient lies outside [−(γ − τη), γ − τη].</li>
 * </ul>
 * Messages never contain secret material (decoders only ever see public data anyway).
 */
public final class ProofDecodeException extends Exception {

    /** Reason code: structural problem. */
    public static final String MALFORMED = "malformed";
    /** Reason code: the encoding belongs to another parameter set. */
    public static final String WRONG_PARAMETER_SET = "wrong_parameter_set";
    /** Reason code: a response coefficient is outside the rejection bound. */
    public static final String NORM_EXCEEDED = "norm_exceeded";

    private final String reason;

    public ProofDecodeException(String reason, String detail) {
        super(reason + ": " + detail, null, false, false);
        this.reason = reason;
    }

    static ProofDecodeException malformed(String detail) {
        return new ProofDecodeException(MALFORMED, detail);
    }

    /** The stable reason code. */
    public String reason() {
        return reason;
    }
}
