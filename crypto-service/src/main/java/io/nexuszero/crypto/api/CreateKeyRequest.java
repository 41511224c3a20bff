package io.nexuszero.crypto.api;

/** POST /v1/keys. */
public record CreateKeyRequest(String parameterSet) {
}
