package io.nexuszero.crypto.api;

/** A proof with everything a verifier needs; POST it back (with the same fields) to /v1/proofs/verify. */
public record ProofResponse(String type, String parameterSet, StatementJson statement, String context, String proof) {
}
