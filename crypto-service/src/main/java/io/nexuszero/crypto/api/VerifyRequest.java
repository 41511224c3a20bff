package io.nexuszero.crypto.api;

/** POST /v1/proofs/verify (and each item of verify-batch): exactly the fields a proof response carries. */
public record VerifyRequest(String type, String parameterSet, StatementJson statement, String context, String proof) {
}
