package io.nexuszero.crypto.core.keys;

import io.nexuszero.common.errors.ApiException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A key's public name: {@code <parameterSet>.<base64url(nonce ‖ tag)>}, e.g. {@code nz-128.q3…}. The 16-byte nonce
 * is random; the 16-byte tag is a MAC of the parameter set and nonce under the master secret, so only ids this
 * service (or a replica with the same master secret) issued are accepted. The secret key derives from the id.
 */
public record KeyId(String parameterSet, byte[] nonce, byte[] tag) {

    public static final int NONCE_BYTES = 16;
    public static final int TAG_BYTES = 16;
    private static final int ENCODED_CHARS = 43; // 32 bytes in unpadded base64url
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9-]{1,32}\\.[A-Za-z0-9_-]{" + ENCODED_CHARS + "}");

    public KeyId {
        nonce = nonce.clone();
        tag = tag.clone();
    }

    /** Parses the textual form, or answers 400 {@code malformed_key_id}. */
    public static KeyId parse(String text) {
        if (text == null || text.length() > 80 || !SHAPE.matcher(text).matches()) {
            throw ApiException.badRequest("malformed_key_id",
                    "A keyId looks like nz-128.<43 base64url characters>");
        }
        int dot = text.indexOf('.');
        byte[] body;
        try {
            body = Base64.getUrlDecoder().decode(text.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("malformed_key_id", "The keyId is not valid base64url after the '.'");
        }
        if (!Base64.getUrlEncoder().withoutPadding().encodeToString(body).equals(text.substring(dot + 1))) {
            throw ApiException.badRequest("malformed_key_id", "The keyId is not in canonical base64url");
        }
        byte[] nonce = java.util.Arrays.copyOfRange(body, 0, NONCE_BYTES);
        byte[] tag = java.util.Arrays.copyOfRange(body, NONCE_BYTES, NONCE_BYTES + TAG_BYTES);
        return new KeyId(text.substring(0, dot), nonce, tag);
    }

    /** The textual form clients use. */
    public String text() {
        byte[] body = new byte[NONCE_BYTES + TAG_BYTES];
        System.arraycopy(nonce, 0, body, 0, NONCE_BYTES);
        System.arraycopy(tag, 0, body, NONCE_BYTES, TAG_BYTES);
        return parameterSet + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(body);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyId id && id.text().equals(text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
