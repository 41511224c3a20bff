package io.nexuszero.crypto.core.keys;

import io.nexuszero.crypto.api.CryptoErrors;
import io.nexuszero.common.errors.ApiException;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A key's public name: {@code <algorithm>.<base64url(nonce ‖ ownerTag ‖ tag)>}, e.g. {@code ml-dsa-44.q3…} or
 * {@code nz-128.Zx…}. The 16-byte nonce is random; the 16-byte owner tag is a MAC under the master secret of the
 * owner (the token name that created the key), the algorithm and the nonce; the 16-byte tag is a MAC of the
 * algorithm, nonce and owner tag, so only ids this service (or a replica with the same master secret) issued are
 * accepted, and only the owner's token matches the owner tag. The key itself derives from the id.
 */
public record KeyId(String prefix, byte[] nonce, byte[] ownerTag, byte[] tag) {

    public static final int NONCE_BYTES = 16;
    public static final int OWNER_TAG_BYTES = 16;
    public static final int TAG_BYTES = 16;
    private static final int BODY_BYTES = NONCE_BYTES + OWNER_TAG_BYTES + TAG_BYTES;
    private static final int ENCODED_CHARS = 64; // 48 bytes in unpadded base64url
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9-]{1,32}\\.[A-Za-z0-9_-]{" + ENCODED_CHARS + "}");

    public KeyId {
        nonce = nonce.clone();
        ownerTag = ownerTag.clone();
        tag = tag.clone();
    }

    /** Parses the textual form, or answers 400 {@code malformed_key_id}. */
    public static KeyId parse(String text) {
        if (text == null || text.length() > 100 || !SHAPE.matcher(text).matches()) {
            throw ApiException.badRequest(CryptoErrors.MALFORMED_KEY_ID,
                    "A keyId looks like <algorithm>.<64 base64url characters>, e.g. ml-dsa-44.AbC…");
        }
        int dot = text.indexOf('.');
        byte[] body;
        try {
            body = Base64.getUrlDecoder().decode(text.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(CryptoErrors.MALFORMED_KEY_ID, "The keyId is not valid base64url after the '.'");
        }
        if (body.length != BODY_BYTES) {
            throw ApiException.badRequest(CryptoErrors.MALFORMED_KEY_ID, "The keyId is not valid base64url after the '.'");
        }
        return new KeyId(text.substring(0, dot), Arrays.copyOfRange(body, 0, NONCE_BYTES),
                Arrays.copyOfRange(body, NONCE_BYTES, NONCE_BYTES + OWNER_TAG_BYTES),
                Arrays.copyOfRange(body, NONCE_BYTES + OWNER_TAG_BYTES, BODY_BYTES));
    }

    /** The textual form clients use. */
    public String text() {
        byte[] body = new byte[BODY_BYTES];
        System.arraycopy(nonce, 0, body, 0, NONCE_BYTES);
        System.arraycopy(ownerTag, 0, body, NONCE_BYTES, OWNER_TAG_BYTES);
        System.arraycopy(tag, 0, body, NONCE_BYTES + OWNER_TAG_BYTES, TAG_BYTES);
        return prefix + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(body);
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
