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

    /** Client-chosen strings echoed in messages are cut short and stripped of control characters. */
    public static String printable(String value) {
        if (value == null) {
            return "null";
        }
        String cut = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
