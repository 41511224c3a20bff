package io.nexuszero.crypto.engine.packing;

/**
 * Thrown by every strict decoder of the engine when a byte string is not the canonical encoding of a value: wrong
 * length, trailing bytes, an out-of-range field or coefficient, an unknown version or type. The message names the
 * field and the rule that failed, never the offending (possibly secret) value.
 */
public class DecodingException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A decoding failure with a precise, value-free reason. */
    public DecodingException(String reason) {
        super(reason);
    }

    /**
     * For subclasses thrown on attacker-controlled input at high rates (proof verification): no stack trace, since
     * filling it in would cost more than the decoding itself.
     */
    protected DecodingException(String reason, boolean withStackTrace) {
        super(reason, null, false, withStackTrace);
    }
}
