package io.nexuszero.crypto.api;

/** The decrypted plaintext (base64url). */
public record DecryptResponse(String plaintext) {

    @Override
    public String toString() {
        return "DecryptResponse[...]";
    }
}
