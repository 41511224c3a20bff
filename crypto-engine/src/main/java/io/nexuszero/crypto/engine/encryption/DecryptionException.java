package io.nexuszero.crypto.engine.encryption;

/**
 * The ciphertext is well-formed but does not decrypt to a well-formed message under this key (the padding past the
 * message length did not decrypt to zero bits): it was made for another key or tampered with. Never carries secret
 * values.
 */
public class DecryptionException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A decryption failure with a value-free reason. */
    public DecryptionException(String reason) {
        super(reason);
    }
}
