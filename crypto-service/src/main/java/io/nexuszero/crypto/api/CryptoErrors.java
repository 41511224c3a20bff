package io.nexuszero.crypto.api;

import io.nexuszero.common.errors.ApiException;
import io.nexuszero.crypto.engine.proof.ProofType;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** The crypto-service error codes (documented in docs/API.md), built in one place so codes cannot drift. */
public final class CryptoErrors {

    // Every error code crypto-service answers with (docs/API.md); code outside this class names them by constant.
    public static final String AAD_TOO_LARGE = "aad_too_large";
    public static final String BATCH_TOO_LARGE = "batch_too_large";
    public static final String BENCHMARK_BUSY = "benchmark_busy";
    public static final String CONFLICTING_FIELDS = "conflicting_fields";
    public static final String CONTEXT_TOO_LARGE = "context_too_large";
    public static final String DECRYPTION_FAILED = "decryption_failed";
    public static final String INFO_TOO_LARGE = "info_too_large";
    public static final String INVALID_BASE64 = "invalid_base64";
    public static final String INVALID_BOUNDS = "invalid_bounds";
    public static final String INVALID_CIPHERTEXT = "invalid_ciphertext";
    public static final String INVALID_ENCAPSULATED_KEY = "invalid_encapsulated_key";
    public static final String INVALID_PARAMETERS = "invalid_parameters";
    public static final String INVALID_PROOF_LENGTH = "invalid_proof_length";
    public static final String INVALID_PUBLIC_KEY = "invalid_public_key";
    public static final String INVALID_RELATION = "invalid_relation";
    /** Shared with the JSON mapper's wrong-type answer; named here for the witness values read after parsing. */
    public static final String INVALID_TYPE = "invalid_type";
    public static final String INVALID_VALUE = "invalid_value";
    public static final String INVALID_WITNESS = "invalid_witness";
    public static final String ITERATIONS_OUT_OF_RANGE = "iterations_out_of_range";
    public static final String KEY_NOT_FOUND = "key_not_found";
    public static final String MALFORMED_KEY_ID = "malformed_key_id";
    public static final String MESSAGE_TOO_LARGE = "message_too_large";
    public static final String MISSING_BODY = "missing_body";
    public static final String MISSING_FIELD = "missing_field";
    public static final String NO_ATTACK_FOUND = "no_attack_found";
    public static final String OPERATION_INFEASIBLE = "operation_infeasible";
    public static final String PARAMETER_SET_NOT_FOUND = "parameter_set_not_found";
    public static final String PLAINTEXT_TOO_LONG = "plaintext_too_long";
    public static final String RELATION_NOT_SATISFIED = "relation_not_satisfied";
    public static final String TOO_MANY_CANDIDATES = "too_many_candidates";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String UNKNOWN_AEAD = "unknown_aead";
    public static final String UNKNOWN_ALGORITHM = "unknown_algorithm";
    public static final String UNKNOWN_OPERATION = "unknown_operation";
    public static final String UNKNOWN_PARAMETER_SET = "unknown_parameter_set";
    public static final String UNKNOWN_PROOF_TYPE = "unknown_proof_type";
    public static final String UNKNOWN_PURPOSE = "unknown_purpose";
    public static final String UNSUPPORTED_PROOF_TYPE = "unsupported_proof_type";
    public static final String VALUE_OUT_OF_RANGE = "value_out_of_range";
    public static final String WITNESS_TOO_LONG = "witness_too_long";
    public static final String WRONG_KEY_PURPOSE = "wrong_key_purpose";

    private CryptoErrors() {
    }

    public static ApiException missingField(String field) {
        return ApiException.badRequest(MISSING_FIELD, "Field '" + field + "' is required");
    }

    /** Range bounds that cannot be used; names the field (bounds[3].max) and the rule, never a witness value. */
    public static ApiException invalidBounds(String field, String problem) {
        return ApiException.badRequest(INVALID_BOUNDS, "Field '" + field + "' " + problem);
    }

    public static ApiException unknownParameterSet(String id, Collection<String> known) {
        return ApiException.badRequest(UNKNOWN_PARAMETER_SET,
                "Unknown parameter set '" + printable(id) + "'; known: " + String.join(", ", known));
    }

    public static ApiException parameterSetNotFound(String id) {
        return ApiException.notFound(PARAMETER_SET_NOT_FOUND, "No parameter set '" + printable(id) + "'");
    }

    public static ApiException unknownProofType(String type) {
        return ApiException.badRequest(UNKNOWN_PROOF_TYPE, "Unknown proof type '" + printable(type)
                + "'; known: " + Arrays.stream(ProofType.values()).map(ProofType::wireName)
                .collect(Collectors.joining(", ")));
    }

    public static ApiException invalidValue(String field, String problem) {
        return ApiException.badRequest(INVALID_VALUE, "Field '" + field + "' " + problem);
    }

    public static ApiException unknownPurpose(String purpose) {
        return ApiException.badRequest(UNKNOWN_PURPOSE, "Unknown key purpose '" + printable(purpose)
                + "'; known: proof, kem, signature");
    }

    public static ApiException unknownAlgorithm(String algorithm) {
        return ApiException.badRequest(UNKNOWN_ALGORITHM, "Unknown algorithm '" + printable(algorithm)
                + "'; known: nz-128, nz-192, nz-256, ML-KEM-512, ML-KEM-768, ML-KEM-1024, ML-DSA-44, ML-DSA-65, "
                + "ML-DSA-87");
    }

    public static ApiException unknownSignatureAlgorithm(String algorithm) {
        return ApiException.badRequest(UNKNOWN_ALGORITHM, "Unknown signature algorithm '" + printable(algorithm)
                + "'; known: ML-DSA-44, ML-DSA-65, ML-DSA-87");
    }

    public static ApiException unknownAead(String aead) {
        return ApiException.badRequest(UNKNOWN_AEAD, "Unknown AEAD '" + printable(aead)
                + "'; known: AES-256-GCM, ChaCha20-Poly1305");
    }

    public static ApiException conflictingFields(String problem) {
        return ApiException.badRequest(CONFLICTING_FIELDS, problem);
    }

    /** The key exists and belongs to the caller, but serves another purpose (one purpose per key). */
    public static ApiException wrongKeyPurpose(String keyPurpose, String algorithm, String needed) {
        return ApiException.badRequest(WRONG_KEY_PURPOSE, "This is a " + keyPurpose + " key (" + algorithm
                + "); this operation needs a " + needed + " key");
    }

    /** A binary field above its limit: 400 with the given code, naming the field and limit, never the content. */
    public static ApiException tooLarge(String code, String field, int limit, int got) {
        return ApiException.badRequest(code, "Field '" + field + "' holds at most " + limit + " bytes (got " + got
                + ")");
    }

    public static ApiException invalidEncapsulatedKey(String field, String algorithm, int expected) {
        return ApiException.badRequest(INVALID_ENCAPSULATED_KEY, field + " is not an " + algorithm
                + " ciphertext (" + expected + " bytes)");
    }

    public static ApiException invalidCiphertext(String problem) {
        return ApiException.badRequest(INVALID_CIPHERTEXT, problem);
    }

    public static ApiException decryptionFailed() {
        return ApiException.unprocessable(DECRYPTION_FAILED, "The ciphertext does not decrypt under this key with "
                + "this aad, info and AEAD (made for another key, or altered)");
    }

    public static ApiException invalidPublicKey(String field, String algorithm, int expected) {
        return ApiException.badRequest(INVALID_PUBLIC_KEY, field + " is not an " + algorithm + " public key ("
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
