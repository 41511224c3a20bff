package io.nexuszero.crypto.api;

import io.nexuszero.common.errors.ApiException;
import java.util.Collection;

/** The crypto-service error codes (documented in docs/API.md), built in one place so codes cannot drift. */
public final class CryptoErrors {

    private CryptoErrors() {
    }

    public static ApiException missingField(String field) {
        return ApiException.badRequest("missing_field", "Field '" + field + "' is required");
    }

    public static ApiException unknownParameterSet(String id, Collection<String> known) {
        return ApiException.badRequest("unknown_parameter_set",
                "Unknown parameter set '" + printable(id) + "'; known: " + String.join(", ", known));
    }

    public static ApiException parameterSetNotFound(String id) {
        return ApiException.notFound("parameter_set_not_found", "No parameter set '" + printable(id) + "'");
    }

    public static ApiException unknownProofType(String type) {
        return ApiException.badRequest("unknown_proof_type", "Unknown proof type '" + printable(type)
                + "'; known: lwe-secret, commitment-opening, linear-relation");
    }

    public static ApiException invalidValue(String field, String problem) {
        return ApiException.badRequest("invalid_value", "Field '" + field + "' " + problem);
    }

    public static ApiException unknownPurpose(String purpose) {
        return ApiException.badRequest("unknown_purpose", "Unknown key purpose '" + printable(purpose)
                + "'; known: proof, kem, signature");
    }

    public static ApiException unknownAlgorithm(String algorithm) {
        return ApiException.badRequest("unknown_algorithm", "Unknown algorithm '" + printable(algorithm)
                + "'; known: nz-128, nz-192, nz-256, ML-KEM-512, ML-KEM-768, ML-KEM-1024, ML-DSA-44, ML-DSA-65, "
                + "ML-DSA-87");
    }

    public static ApiException unknownSignatureAlgorithm(String algorithm) {
        return ApiException.badRequest("unknown_algorithm", "Unknown signature algorithm '" + printable(algorithm)
                + "'; known: ML-DSA-44, ML-DSA-65, ML-DSA-87");
    }

    public static ApiException unknownAead(String aead) {
        return ApiException.badRequest("unknown_aead", "Unknown AEAD '" + printable(aead)
                + "'; known: AES-256-GCM, ChaCha20-Poly1305");
    }

    public static ApiException conflictingFields(String problem) {
        return ApiException.badRequest("conflicting_fields", problem);
    }

    /** The key exists and belongs to the caller, but serves another purpose (one purpose per key). */
    public static ApiException wrongKeyPurpose(String keyPurpose, String algorithm, String needed) {
        return ApiException.badRequest("wrong_key_purpose", "This is a " + keyPurpose + " key (" + algorithm
                + "); this operation needs a " + needed + " key");
    }

    /** A binary field above its limit: 400 with the given code, naming the field and limit, never the content. */
    public static ApiException tooLarge(String code, String field, int limit, int got) {
        return ApiException.badRequest(code, "Field '" + field + "' holds at most " + limit + " bytes (got " + got
                + ")");
    }

    public static ApiException invalidEncapsulatedKey(String field, String algorithm, int expected) {
        return ApiException.badRequest("invalid_encapsulated_key", field + " is not an " + algorithm
                + " ciphertext (" + expected + " bytes)");
    }

    public static ApiException invalidCiphertext(String problem) {
        return ApiException.badRequest("invalid_ciphertext", problem);
    }

    public static ApiException decryptionFailed() {
        return ApiException.unprocessable("decryption_failed", "The ciphertext does not decrypt under this key with "
                + "this aad, info and AEAD (made for another key, or altered)");
    }

    public static ApiException invalidPublicKey(String field, String algorithm, int expected) {
        return ApiException.badRequest("invalid_public_key", field + " is not an " + algorithm + " public key ("
                + expected + " bytes)");
    }

    /** Client-chosen strings echoed in messages are cut short and stripped of control characters. */
    public static String printable(String value) {
        if (value == null) {
            return "null";
        }
        String cut = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
