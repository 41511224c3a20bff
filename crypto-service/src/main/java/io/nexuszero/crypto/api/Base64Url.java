package io.nexuszero.crypto.api;

import io.nexuszero.common.errors.ApiException;
import java.util.Base64;

/** Binary values on the wire: base64url without padding out; padding tolerated in. */
public final class Base64Url {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Base64Url() {
    }

    public static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /**
     * Decodes a required field, or answers 400 {@code invalid_base64} naming the field (never echoing its value,
     * which may be secret).
     */
    public static byte[] decode(String field, String value) {
        if (value == null) {
            throw ApiException.badRequest(CryptoErrors.MISSING_FIELD, "Field '" + field + "' is required");
        }
        return decodePresent(field, value);
    }

    /** Decodes an optional field; absent means empty. */
    public static byte[] decodeOptional(String field, String value) {
        return value == null ? new byte[0] : decodePresent(field, value);
    }

    private static byte[] decodePresent(String field, String value) {
        if (value.length() > ApiLimits.MAX_BASE64_CHARS) {
            throw ApiException.badRequest(CryptoErrors.INVALID_BASE64, "Field '" + field + "' is too long");
        }
        try {
            return DECODER.decode(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(CryptoErrors.INVALID_BASE64, "Field '" + field + "' is not valid base64url");
        }
    }
}
