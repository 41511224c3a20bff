package io.nexuszero.crypto.engine.proof;

/**
 * Outcome of a verification. {@code reason} is a stable code: "ok" when valid; otherwise one of "malformed",
 * "wrong_parameter_set", "norm_exceeded" (decode errors, see ProofDecodeException), "challenge_mismatch" (the
 * recomputed Fiat–Shamir challenge differs: wrong statement, context or tampered proof) or "context_too_long".
 */
public record VerificationResult(boolean valid, String reason) {

    public static final String OK = "ok";
    public static final String CHALLENGE_MISMATCH = "challenge_mismatch";
    public static final String CONTEXT_TOO_LONG = "context_too_long";

    static VerificationResult ok() {
        return new VerificationResult(true, OK);
    }

    static VerificationResult rejected(String reason) {
        return new VerificationResult(false, reason);
    }
}
