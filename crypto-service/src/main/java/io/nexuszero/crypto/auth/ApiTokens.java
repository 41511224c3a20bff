package io.nexuszero.crypto.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The configured bearer tokens, kept only as SHA-256 hashes. A presented token is hashed and compared with every
 * configured hash by {@link MessageDigest#isEqual} without stopping early, so neither the token's content nor which
 * entry matched shows in the timing.
 */
public final class ApiTokens {

    private final List<byte[]> tokenHashes;

    public ApiTokens(List<String> tokens) {
        this.tokenHashes = tokens.stream().map(ApiTokens::sha256).toList();
    }

    /** No tokens configured: every endpoint is open. */
    public boolean open() {
        return tokenHashes.isEmpty();
    }

    public boolean accepts(String presented) {
        if (presented == null) {
            return false;
        }
        byte[] presentedHash = sha256(presented);
        boolean match = false;
        for (byte[] hash : tokenHashes) {
            match |= MessageDigest.isEqual(hash, presentedHash);
        }
        return match;
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "ApiTokens[" + tokenHashes.size() + " configured]";
    }
}
