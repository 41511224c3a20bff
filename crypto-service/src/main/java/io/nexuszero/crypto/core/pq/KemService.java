package io.nexuszero.crypto.core.pq;

import io.nexuszero.crypto.api.ApiLimits;
import io.nexuszero.crypto.api.Base64Url;
import io.nexuszero.crypto.api.BatchItems;
import io.nexuszero.crypto.api.CryptoErrors;
import io.nexuszero.crypto.api.DecryptBatchRequest;
import io.nexuszero.crypto.api.DecryptBatchResponse;
import io.nexuszero.crypto.api.DecryptRequest;
import io.nexuszero.crypto.api.DecryptResponse;
import io.nexuszero.crypto.api.EncryptBatchRequest;
import io.nexuszero.crypto.api.EncryptBatchResponse;
import io.nexuszero.crypto.api.EncryptRequest;
import io.nexuszero.crypto.api.EncryptResponse;
import io.nexuszero.crypto.core.keys.KeyPurpose;
import io.nexuszero.crypto.core.keys.KeyService;
import io.nexuszero.crypto.metrics.KemMetrics;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        SealInput input = readSeal(request, "");
        try {
            return seal(key, input);
        } finally {
            input.wipe();
        }
    }

    /** Every item checked first (one malformed item: 400 naming it), then sealed in order to the one key. */
    public EncryptBatchResponse encryptBatch(KeyService.DerivedKey derived, EncryptBatchRequest request) {
        KeyService.KemKey key = kemKey(derived);
        List<SealInput> inputs = BatchItems.read(request.items(), "plaintext", this::readSeal);
        try {
            return new EncryptBatchResponse(inputs.stream().map(input -> seal(key, input)).toList());
        } finally {
            inputs.forEach(SealInput::wipe);
        }
    }

    public DecryptResponse decrypt(KeyService.DerivedKey derived, DecryptRequest request) {
        KeyService.KemKey key = kemKey(derived);
        byte[] plaintext = open(key, readOpen(key, request, ""));
        if (plaintext == null) {
            throw CryptoErrors.decryptionFailed();
        }
        return plaintextResponse(plaintext);
    }

    /**
     * Every item checked first, then opened in order; an item that does not authenticate is a result with the
     * {@code decryption_failed} error (what a single decrypt answers with 422), not a failed batch.
     */
    public DecryptBatchResponse decryptBatch(KeyService.DerivedKey derived, DecryptBatchRequest request) {
        KeyService.KemKey key = kemKey(derived);
        List<OpenInput> inputs = BatchItems.read(request.items(), "ciphertext",
                (item, prefix) -> readOpen(key, item, prefix));
        List<DecryptBatchResponse.Result> results = new ArrayList<>(inputs.size());
        for (OpenInput input : inputs) {
            byte[] plaintext = open(key, input);
            results.add(plaintext == null ? DecryptBatchResponse.Result.failed(CryptoErrors.decryptionFailed())
                    : DecryptBatchResponse.Result.of(plaintextResponse(plaintext).plaintext()));
        }
        return new DecryptBatchResponse(results);
    }

    /** A decoded, checked encryption request; the plaintext is wiped by {@link #wipe}. */
    private record SealInput(Hpke.Aead aead, byte[] plaintext, byte[] aad, byte[] info) {
        void wipe() {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private record OpenInput(Hpke.Aead aead, byte[] enc, byte[] ciphertext, byte[] aad, byte[] info) {
    }

    private SealInput readSeal(EncryptRequest request, String prefix) {
        Hpke.Aead aead = aead(request.aead());
        byte[] plaintext = Base64Url.decode(prefix + "plaintext", request.plaintext());
        try {
            limit(CryptoErrors.PLAINTEXT_TOO_LONG, prefix + "plaintext", plaintext, ApiLimits.MAX_PLAINTEXT_BYTES);
            return new SealInput(aead, plaintext, aad(prefix, request.aad()), info(prefix, request.info()));
        } catch (RuntimeException e) {
            Arrays.fill(plaintext, (byte) 0);
            throw e;
        }
    }

    private EncryptResponse seal(KeyService.KemKey key, SealInput input) {
        long start = System.nanoTime();
        Hpke.Sealed sealed = Hpke.seal(key.algorithm(), key.publicKey(), input.aead(), input.info(), input.aad(),
                input.plaintext(), random);
        metrics.encryption(key.algorithm().wireName(), KemMetrics.ENCRYPT, System.nanoTime() - start);
        return new EncryptResponse(key.id().text(), key.algorithm().wireName(), input.aead().wireName(),
                Base64Url.encode(sealed.encapsulatedKey()), Base64Url.encode(sealed.ciphertext()));
    }

    private static OpenInput readOpen(KeyService.KemKey key, DecryptRequest request, String prefix) {
        Hpke.Aead aead = aead(request.aead());
        byte[] enc = Base64Url.decode(prefix + "encapsulatedKey", request.encapsulatedKey());
        int encBytes = PqAlgorithms.kemCiphertextBytes(key.algorithm());
        if (enc.length != encBytes) {
            throw CryptoErrors.invalidEncapsulatedKey(prefix + "encapsulatedKey", key.algorithm().wireName(),
                    encBytes);
        }
        byte[] ciphertext = Base64Url.decode(prefix + "ciphertext", request.ciphertext());
        if (ciphertext.length < Hpke.TAG_BYTES || ciphertext.length > ApiLimits.MAX_PLAINTEXT_BYTES + Hpke.TAG_BYTES) {
            throw CryptoErrors.invalidCiphertext(prefix + "ciphertext must hold " + Hpke.TAG_BYTES + " to "
                    + (ApiLimits.MAX_PLAINTEXT_BYTES + Hpke.TAG_BYTES) + " bytes (the plaintext and the 16-byte tag)");
        }
        return new OpenInput(aead, enc, ciphertext, aad(prefix, request.aad()), info(prefix, request.info()));
    }

    /** The plaintext, or null when the AEAD does not authenticate (counted, never explained further). */
    private byte[] open(KeyService.KemKey key, OpenInput input) {
        long start = System.nanoTime();
        try {
            return Hpke.open(key.algorithm(), key.privateKey(), input.aead(), input.info(), input.aad(), input.enc(),
                    input.ciphertext());
        } catch (Hpke.OpenFailed e) {
            metrics.decryptionFailed(key.algorithm().wireName());
            return null;
        } finally {
            metrics.encryption(key.algorithm().wireName(), KemMetrics.DECRYPT, System.nanoTime() - start);
        }
    }

    private static DecryptResponse plaintextResponse(byte[] plaintext) {
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

    /** The optional additional authenticated data (absent = empty), as encryption and decryption both read it. */
    private static byte[] aad(String prefix, String value) {
        return limit(CryptoErrors.AAD_TOO_LARGE, prefix + "aad", Base64Url.decodeOptional(prefix + "aad", value),
                ApiLimits.MAX_AAD_BYTES);
    }

    /** The optional HPKE info string (absent = empty). */
    private static byte[] info(String prefix, String value) {
        return limit(CryptoErrors.INFO_TOO_LARGE, prefix + "info", Base64Url.decodeOptional(prefix + "info", value),
                ApiLimits.MAX_INFO_BYTES);
    }

    private static byte[] limit(String code, String field, byte[] value, int max) {
        if (value.length > max) {
            throw CryptoErrors.tooLarge(code, field, max, value.length);
        }
        return value;
    }
}
