package io.nexuszero.crypto.core.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import org.bouncycastle.crypto.macs.KMAC;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Keys without state: a key id is random and authenticated, and its secret seed is KMAC256 (SHAKE-256 based, NIST
 * SP 800-185) of the id under the master secret. Any replica with the same master secret serves any key.
 * Distinct customization strings separate the id tag from the seed.
 */
public final class KeyDerivation {

    /** Bytes of the seed handed to the engine's deterministic key generation. */
    public static final int SEED_BYTES = 32;

    private static final byte[] TAG_CUSTOMIZATION = "nexuszero key-id tag v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED_CUSTOMIZATION = "nexuszero key seed v1".getBytes(StandardCharsets.US_ASCII);

    private final MasterSecret masterSecret;
    private final SecureRandom random = new SecureRandom();

    public KeyDerivation(MasterSecret masterSecret) {
        this.masterSecret = masterSecret;
    }

    /** A fresh key id for a parameter set: 128 random bits plus the tag. */
    public KeyId newKeyId(String parameterSet) {
        byte[] nonce = new byte[KeyId.NONCE_BYTES];
        random.nextBytes(nonce);
        return new KeyId(parameterSet, nonce, tag(parameterSet, nonce));
    }

    /** Whether this master secret issued the id (constant-time tag comparison). */
    public boolean issued(KeyId keyId) {
        return MessageDigest.isEqual(tag(keyId.parameterSet(), keyId.nonce()), keyId.tag());
    }

    /** The secret seed of the key named by the id. The caller should zero it after use. */
    public byte[] seed(KeyId keyId) {
        return kmac(SEED_CUSTOMIZATION, SEED_BYTES, keyId.text().getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] tag(String parameterSet, byte[] nonce) {
        byte[] name = parameterSet.getBytes(StandardCharsets.US_ASCII);
        byte[] message = new byte[1 + name.length + nonce.length];
        message[0] = (byte) name.length; // length prefix: the split between preset name and nonce is unambiguous
        System.arraycopy(name, 0, message, 1, name.length);
        System.arraycopy(nonce, 0, message, 1 + name.length, nonce.length);
        return kmac(TAG_CUSTOMIZATION, KeyId.TAG_BYTES, message);
    }

    private byte[] kmac(byte[] customization, int outputBytes, byte[] message) {
        KMAC kmac = new KMAC(256, customization);
        kmac.init(new KeyParameter(masterSecret.bytes()));
        kmac.update(message, 0, message.length);
        byte[] out = new byte[outputBytes];
        kmac.doFinal(out, 0, outputBytes);
        return out;
    }
}
