package io.nexuszero.crypto.core.keys;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import org.bouncycastle.crypto.macs.KMAC;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Keys without state. A key id carries a random nonce, an owner tag and a tag, all KMAC256 (SHAKE-256 based, NIST
 * SP 800-185) under the master secret with distinct customization strings:
 * <pre>
 *   ownerTag = KMAC256(master, enc(owner) ‖ enc(algorithm) ‖ nonce, 128 bits, "nexuszero key owner v2")
 *   tag      = KMAC256(master, enc(algorithm) ‖ nonce ‖ ownerTag, 128 bits, "nexuszero key-id tag v2")
 *   seed     = KMAC256(master, enc(purpose) ‖ enc(algorithm) ‖ enc(keyId text), L, "nexuszero key seed v2")
 * </pre>
 * enc(x) is a one-byte length and the ASCII/UTF-8 bytes. The tag proves the id was issued here (public operations
 * check it); the owner tag proves whose it is (private operations check it against the caller's token name). Any
 * replica with the same master secret serves any key.
 */
public final class KeyDerivation {

    /** Bytes of the seed handed to the engine's deterministic key generation of proof keys. */
    public static final int SEED_BYTES = 32;

    private static final byte[] OWNER_CUSTOMIZATION = "nexuszero key owner v2".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TAG_CUSTOMIZATION = "nexuszero key-id tag v2".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED_CUSTOMIZATION = "nexuszero key seed v2".getBytes(StandardCharsets.US_ASCII);

    private final MasterSecret masterSecret;
    private final SecureRandom random = new SecureRandom();

    public KeyDerivation(MasterSecret masterSecret) {
        this.masterSecret = masterSecret;
    }

    /** A fresh key id of an algorithm for an owner: 128 random bits plus the two tags. */
    public KeyId newKeyId(String owner, KeyAlgorithm algorithm) {
        byte[] nonce = new byte[KeyId.NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] ownerTag = ownerTag(owner, algorithm.idPrefix(), nonce);
        return new KeyId(algorithm.idPrefix(), nonce, ownerTag, tag(algorithm.idPrefix(), nonce, ownerTag));
    }

    /** Whether this master secret issued the id (constant-time tag comparison). */
    public boolean issued(KeyId keyId) {
        return MessageDigest.isEqual(tag(keyId.prefix(), keyId.nonce(), keyId.ownerTag()), keyId.tag());
    }

    /** Whether the id was issued to this owner (constant-time comparison; check {@link #issued} too). */
    public boolean ownedBy(KeyId keyId, String owner) {
        return MessageDigest.isEqual(ownerTag(owner, keyId.prefix(), keyId.nonce()), keyId.ownerTag());
    }

    /** The secret seed of the key named by the id, for its algorithm. The caller should zero it after use. */
    public byte[] seed(KeyId keyId, KeyAlgorithm algorithm, int bytes) {
        return kmac(SEED_CUSTOMIZATION, bytes, encode(algorithm.purpose().wireName()), encode(algorithm.wireName()),
                encode(keyId.text()));
    }

    private byte[] ownerTag(String owner, String prefix, byte[] nonce) {
        return kmac(OWNER_CUSTOMIZATION, KeyId.OWNER_TAG_BYTES, encode(owner), encode(prefix), nonce);
    }

    private byte[] tag(String prefix, byte[] nonce, byte[] ownerTag) {
        return kmac(TAG_CUSTOMIZATION, KeyId.TAG_BYTES, encode(prefix), nonce, ownerTag);
    }

    /** One length byte, then the UTF-8 bytes: the split between fields is unambiguous. */
    private static byte[] encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 255) {
            throw new IllegalArgumentException("a derivation input is longer than 255 bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 1);
        out.write(bytes.length);
        out.writeBytes(bytes);
        return out.toByteArray();
    }

    private byte[] kmac(byte[] customization, int outputBytes, byte[]... parts) {
        KMAC kmac = new KMAC(256, customization);
        kmac.init(new KeyParameter(masterSecret.bytes()));
        for (byte[] part : parts) {
            kmac.update(part, 0, part.length);
        }
        byte[] out = new byte[outputBytes];
        kmac.doFinal(out, 0, outputBytes);
        return out;
    }
}
