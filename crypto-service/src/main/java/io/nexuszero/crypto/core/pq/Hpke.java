package io.nexuszero.crypto.core.pq;

import io.nexuszero.crypto.core.keys.KeyAlgorithm;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMExtractor;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMGenerator;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMPrivateKeyParameters;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMPublicKeyParameters;

/**
 * HPKE (RFC 9180) in base mode, single-shot (sequence number 0), with ML-KEM as the KEM (KEM ids 0x0040 / 0x0041 /
 * 0x0042 as in draft-ietf-hpke-pq: Encap is ML-KEM.Encaps, the shared secret is ML-KEM's 32 bytes, enc its
 * ciphertext), HKDF-SHA256 as the KDF (0x0001) and AES-256-GCM (0x0002) or ChaCha20-Poly1305 (0x0003) as the AEAD.
 * docs/CRYPTO.md spells the construction out byte by byte. The AEAD is the JDK's; ML-KEM and its randomness
 * BouncyCastle's.
 */
public final class Hpke {

    /** HPKE AEAD identifiers and sizes (RFC 9180 §7.3). */
    public enum Aead {
        AES_256_GCM("AES-256-GCM", 0x0002),
        CHACHA20_POLY1305("ChaCha20-Poly1305", 0x0003);

        private final String wireName;
        private final int id;

        Aead(String wireName, int id) {
            this.wireName = wireName;
            this.id = id;
        }

        public String wireName() {
            return wireName;
        }

        public int id() {
            return id;
        }

        /** The AEAD with this wire name, or null. */
        public static Aead fromWire(String name) {
            return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst().orElse(null);
        }
    }

    /** Nk: both AEADs take 32-byte keys. */
    public static final int KEY_BYTES = 32;
    /** Nn: both take 12-byte nonces. */
    public static final int NONCE_BYTES = 12;
    /** Nt: both append a 16-byte tag. */
    public static final int TAG_BYTES = 16;
    /** HKDF-SHA256's HPKE KDF id. */
    public static final int KDF_HKDF_SHA256 = 0x0001;
    private static final byte MODE_BASE = 0x00;
    private static final byte[] VERSION_LABEL = ascii("HPKE-v1");

    /** An encryption: the KEM ciphertext ("enc") and the AEAD ciphertext with its tag. */
    public record Sealed(byte[] encapsulatedKey, byte[] ciphertext) {
    }

    /** The AEAD refused the ciphertext: wrong key, enc, aad, info or AEAD, or altered bytes. */
    public static final class OpenFailed extends Exception {
        public OpenFailed() {
            super("HPKE open failed", null, false, false);
        }
    }

    private Hpke() {
    }

    public static Sealed seal(KeyAlgorithm kem, MLKEMPublicKeyParameters recipient, Aead aead, byte[] info,
                              byte[] aad, byte[] plaintext, SecureRandom random) {
        SecretWithEncapsulation encapsulated = new MLKEMGenerator(random).generateEncapsulated(recipient);
        byte[] sharedSecret = encapsulated.getSecret();
        byte[] enc = encapsulated.getEncapsulation();
        byte[][] keyAndNonce = keySchedule(kem, aead, sharedSecret, info);
        Arrays.fill(sharedSecret, (byte) 0);
        try {
            return new Sealed(enc, crypt(Cipher.ENCRYPT_MODE, aead, keyAndNonce, aad, plaintext));
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("encryption cannot fail authentication", e);
        }
    }

    /**
     * Opens a sealed message. The encapsulated key must have the algorithm's length (ML-KEM.Decaps's input check);
     * an enc made for another key decapsulates to an unrelated secret (implicit rejection), so the AEAD fails.
     */
    public static byte[] open(KeyAlgorithm kem, MLKEMPrivateKeyParameters recipient, Aead aead, byte[] info,
                              byte[] aad, byte[] encapsulatedKey, byte[] ciphertext) throws OpenFailed {
        if (encapsulatedKey.length != PqAlgorithms.kemCiphertextBytes(kem) || ciphertext.length < TAG_BYTES) {
            throw new OpenFailed();
        }
        byte[] sharedSecret = new MLKEMExtractor(recipient).extractSecret(encapsulatedKey);
        byte[][] keyAndNonce = keySchedule(kem, aead, sharedSecret, info);
        Arrays.fill(sharedSecret, (byte) 0);
        try {
            return crypt(Cipher.DECRYPT_MODE, aead, keyAndNonce, aad, ciphertext);
        } catch (AEADBadTagException e) {
            throw new OpenFailed();
        }
    }

    /** RFC 9180 §5.1 KeySchedule in mode_base (psk and psk_id empty): the AEAD key and base nonce. */
    static byte[][] keySchedule(KeyAlgorithm kem, Aead aead, byte[] sharedSecret, byte[] info) {
        return keySchedule(PqAlgorithms.hpkeKemId(kem), aead.id(), KEY_BYTES, sharedSecret, info);
    }

    /**
     * The key schedule for any suite with HKDF-SHA256 (KEM-independent but for the id in suite_id), so it can be
     * checked against RFC 9180's own test vectors (Appendix A, DHKEM suites).
     */
    static byte[][] keySchedule(int kemId, int aeadId, int keyBytes, byte[] sharedSecret, byte[] info) {
        byte[] suiteId = concat(ascii("HPKE"), i2osp(kemId, 2), i2osp(KDF_HKDF_SHA256, 2), i2osp(aeadId, 2));
        byte[] pskIdHash = labeledExtract(suiteId, new byte[0], "psk_id_hash", new byte[0]);
        byte[] infoHash = labeledExtract(suiteId, new byte[0], "info_hash", info);
        byte[] context = concat(new byte[] {MODE_BASE}, pskIdHash, infoHash);
        byte[] secret = labeledExtract(suiteId, sharedSecret, "secret", new byte[0]);
        byte[] key = labeledExpand(suiteId, secret, "key", context, keyBytes);
        byte[] baseNonce = labeledExpand(suiteId, secret, "base_nonce", context, NONCE_BYTES);
        Arrays.fill(secret, (byte) 0);
        return new byte[][] {key, baseNonce};
    }

    private static byte[] crypt(int mode, Aead aead, byte[][] keyAndNonce, byte[] aad, byte[] input)
            throws AEADBadTagException {
        try {
            Cipher cipher;
            if (aead == Aead.AES_256_GCM) {
                cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(mode, new SecretKeySpec(keyAndNonce[0], "AES"),
                        new GCMParameterSpec(TAG_BYTES * 8, keyAndNonce[1]));
            } else {
                cipher = Cipher.getInstance("ChaCha20-Poly1305");
                cipher.init(mode, new SecretKeySpec(keyAndNonce[0], "ChaCha20"), new IvParameterSpec(keyAndNonce[1]));
            }
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + aead.wireName(), e);
        } finally {
            Arrays.fill(keyAndNonce[0], (byte) 0);
        }
    }

    /** LabeledExtract(salt, label, ikm) = HKDF-Extract(salt, "HPKE-v1" ‖ suite_id ‖ label ‖ ikm). */
    private static byte[] labeledExtract(byte[] suiteId, byte[] salt, String label, byte[] ikm) {
        return hmac(salt.length == 0 ? new byte[32] : salt, concat(VERSION_LABEL, suiteId, ascii(label), ikm));
    }

    /** LabeledExpand(prk, label, info, L) = HKDF-Expand(prk, I2OSP(L, 2) ‖ "HPKE-v1" ‖ suite_id ‖ label ‖ info, L). */
    private static byte[] labeledExpand(byte[] suiteId, byte[] prk, String label, byte[] info, int length) {
        byte[] labeledInfo = concat(i2osp(length, 2), VERSION_LABEL, suiteId, ascii(label), info);
        byte[] out = new byte[length];
        byte[] previous = new byte[0];
        for (int block = 1, done = 0; done < length; block++) {
            previous = hmac(prk, concat(previous, labeledInfo, new byte[] {(byte) block}));
            int take = Math.min(previous.length, length - done);
            System.arraycopy(previous, 0, out, done, take);
            done += take;
        }
        return out;
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java runtime", e);
        }
    }

    private static byte[] i2osp(int value, int length) {
        byte[] out = new byte[length];
        for (int i = length - 1; i >= 0; i--) {
            out[i] = (byte) value;
            value >>>= 8;
        }
        return out;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
