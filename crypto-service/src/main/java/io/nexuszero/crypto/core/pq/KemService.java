package io.nexuszero.crypto.core.pq;

import io.nexuszero.crypto.api.ApiLimits;
import io.nexuszero.crypto.api.Base64Url;
import io.nexuszero.crypto.api.CryptoErrors;
import io.nexuszero.crypto.api.DecryptRequest;
import io.nexuszero.crypto.api.DecryptResponse;
import io.nexuszero.crypto.api.EncryptRequest;
import io.nexuszero.crypto.api.EncryptResponse;
import io.nexuszero.crypto.core.keys.KeyPurpose;
import io.nexuszero.crypto.core.keys.KeyService;
import io.nexuszero.crypto.metrics.KemMetrics;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Encryption to kem keys: {@link Hpke} base mode with the key's ML-KEM, HKDF-SHA256 and the requested AEAD. Anyone
 * may encrypt; only the key's owner may decrypt. Plaintexts are wiped after use and never logged or echoed.
 */
public final class KemService {

    private final KemMetrics metrics;
    private final SecureRandom random = new SecureRandom();

    public KemService(KemMetrics metrics) {
        this.metrics = metrics;
    }

    public EncryptResponse encrypt(KeyService.DerivedKey derived, EncryptRequest request) {
        KeyService.KemKey key = kemKey(derived);
        Hpke.Aead aead = aead(request.aead());
        byte[] plaintext = Base64Url.decode("plaintext", request.plaintext());
        try {
            limit("plaintext_too_long", "plaintext", plaintext, ApiLimits.MAX_PLAINTEXT_BYTES);
            byte[] aad = limit(CryptoErrors.AAD_TOO_LARGE, "aad", Base64Url.decodeOptional("aad", request.aad()),
                    ApiLimits.MAX_AAD_BYTES);
            byte[] info = limit(CryptoErrors.INFO_TOO_LARGE, "info", Base64Url.decodeOptional("info", request.info()),
                    ApiLimits.MAX_INFO_BYTES);
            long start = System.nanoTime();
            Hpke.Sealed sealed = Hpke.seal(key.algorithm(), key.publicKey(), aead, info, aad, plaintext, random);
            metrics.encryption(key.algorithm().wireName(), KemMetrics.ENCRYPT, System.nanoTime() - start);
            return new EncryptResponse(key.id().text(), key.algorithm().wireName(), aead.wireName(),
                    Base64Url.encode(sealed.encapsulatedKey()), Base64Url.encode(sealed.ciphertext()));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    public DecryptResponse decrypt(KeyService.DerivedKey derived, DecryptRequest request) {
        KeyService.KemKey key = kemKey(derived);
        Hpke.Aead aead = aead(request.aead());
        byte[] enc = Base64Url.decode("encapsulatedKey", request.encapsulatedKey());
        int encBytes = PqAlgorithms.kemCiphertextBytes(key.algorithm());
        if (enc.length != encBytes) {
            throw CryptoErrors.invalidEncapsulatedKey(key.algorithm().wireName(), encBytes);
        }
        byte[] ciphertext = Base64Url.decode("ciphertext", request.ciphertext());
        if (ciphertext.length < Hpke.TAG_BYTES || ciphertext.length > ApiLimits.MAX_PLAINTEXT_BYTES + Hpke.TAG_BYTES) {
            throw CryptoErrors.invalidCiphertext("ciphertext must hold " + Hpke.TAG_BYTES + " to "
                    + (ApiLimits.MAX_PLAINTEXT_BYTES + Hpke.TAG_BYTES) + " bytes (the plaintext and the 16-byte tag)");
        }
        byte[] aad = limit(CryptoErrors.AAD_TOO_LARGE, "aad", Base64Url.decodeOptional("aad", request.aad()),
                ApiLimits.MAX_AAD_BYTES);
        byte[] info = limit(CryptoErrors.INFO_TOO_LARGE, "info", Base64Url.decodeOptional("info", request.info()),
                ApiLimits.MAX_INFO_BYTES);
        long start = System.nanoTime();
        byte[] plaintext;
        try {
            plaintext = Hpke.open(key.algorithm(), key.privateKey(), aead, info, aad, enc, ciphertext);
        } catch (Hpke.OpenFailed e) {
            metrics.encryption(key.algorithm().wireName(), KemMetrics.DECRYPT, System.nanoTime() - start);
            metrics.decryptionFailed(key.algorithm().wireName());
            throw CryptoErrors.decryptionFailed();
        }
        metrics.encryption(key.algorithm().wireName(), KemMetrics.DECRYPT, System.nanoTime() - start);
        try {
            return new DecryptResponse(Base64Url.encode(plaintext));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private static KeyService.KemKey kemKey(KeyService.DerivedKey key) {
        if (key instanceof KeyService.KemKey kem) {
            return kem;
        }
        throw CryptoErrors.wrongKeyPurpose(key.algorithm().purpose().wireName(), key.algorithm().wireName(),
                KeyPurpose.KEM.wireName());
    }

    private static Hpke.Aead aead(String name) {
        if (name == null) {
            return Hpke.Aead.AES_256_GCM;
        }
        Hpke.Aead aead = Hpke.Aead.fromWire(name);
        if (aead == null) {
            throw CryptoErrors.unknownAead(name);
        }
        return aead;
    }

    private static byte[] limit(String code, String field, byte[] value, int max) {
        if (value.length > max) {
            throw CryptoErrors.tooLarge(code, field, max, value.length);
        }
        return value;
    }
}
