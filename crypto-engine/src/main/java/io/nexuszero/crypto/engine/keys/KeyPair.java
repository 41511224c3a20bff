package io.nexuszero.crypto.engine.keys;

/**
 * A Module-LWE key pair. Closing it destroys the secret key.
 *
 * @param publicKey the public key (ρ, t)
 * @param secretKey the secret key (s1, s2)
 */
public record KeyPair(PublicKey publicKey, SecretKey secretKey) implements AutoCloseable {

    @Override
    public void close() {
        secretKey.destroy();
    }

    /** Shape only. */
    @Override
    public String toString() {
        return "KeyPair[" + publicKey + "]";
    }
}
