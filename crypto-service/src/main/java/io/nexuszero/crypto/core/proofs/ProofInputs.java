package io.nexuszero.crypto.core.proofs;

import io.nexuszero.common.errors.ApiException;
import io.nexuszero.crypto.api.ApiLimits;
import io.nexuszero.crypto.api.Base64Url;
import io.nexuszero.crypto.api.CryptoErrors;
import io.nexuszero.crypto.engine.proof.ProofType;

/** Checks shared by proving and verifying: proof type names and contexts. */
public final class ProofInputs {

    private ProofInputs() {
    }

    public static ProofType proofType(String field, String name) {
        if (name == null) {
            throw CryptoErrors.missingField(field);
        }
        return ProofType.fromWireName(name).orElseThrow(() -> CryptoErrors.unknownProofType(name));
    }

    /** The context bytes (absent = empty), at most {@value ApiLimits#MAX_CONTEXT_BYTES}: 400 context_too_large. */
    public static byte[] context(String field, String base64) {
        if (base64 != null && base64.length() > 4 * ApiLimits.MAX_CONTEXT_BYTES) {
            throw contextTooLarge(field);
        }
        byte[] context = Base64Url.decodeOptional(field, base64);
        if (context.length > ApiLimits.MAX_CONTEXT_BYTES) {
            throw contextTooLarge(field);
        }
        return context;
    }

    private static ApiException contextTooLarge(String field) {
        return ApiException.badRequest(CryptoErrors.CONTEXT_TOO_LARGE,
                "Field '" + field + "' exceeds " + ApiLimits.MAX_CONTEXT_BYTES + " bytes");
    }
}
