package io.nexuszero.crypto.core.encryption;

import io.nexuszero.common.errors.ApiException;
import io.nexuszero.crypto.api.ApiLimits;
import io.nexuszero.crypto.api.Base64Url;
import io.nexuszero.crypto.api.CryptoErrors;
import io.nexuszero.crypto.api.DecryptResponse;
import io.nexuszero.crypto.api.EncryptResponse;
import io.nexuszero.crypto.core.ServiceRandomness;
import io.nexuszero.crypto.core.keys.KeyService;
import io.nexuszero.crypto.engine.encryption.Ciphertext;
import io.nexuszero.crypto.engine.encryption.DecryptionException;
import io.nexuszero.crypto.engine.encryption.PublicKeyEncryption;
import io.nexuszero.crypto.engine.packing.DecodingException;
import io.nexuszero.crypto.engine.params.LatticeParameters;
import java.util.Arrays;

/** Public-key encryption of up to 32 bytes under a derived key, and decryption with its secret. */
public final class EncryptionService {

    public EncryptResponse encrypt(KeyService.ResolvedKey key, String plaintextBase64) {
        byte[] plaintext = Base64Url.decode("plaintext", plaintextBase64);
        try {
            if (plaintext.length > ApiLimits.MAX_PLAINTEXT_BYTES) {
                throw ApiException.badRequest("plaintext_too_long",
                        "plaintext holds at most " + ApiLimits.MAX_PLAINTEXT_BYTES + " bytes (got " + plaintext.length + ")");
            }
            Ciphertext ciphertext = PublicKeyEncryption.encrypt(key.pair().publicKey(), plaintext,
                    ServiceRandomness.secure());
            return new EncryptResponse(key.id().text(), key.parameterSet().id(), Base64Url.encode(ciphertext.encode()));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    public DecryptResponse decrypt(KeyService.ResolvedKey key, String ciphertextBase64) {
        if (ciphertextBase64 == null) {
            throw CryptoErrors.missingField("ciphertext");
        }
        byte[] encoded = Base64Url.decode("ciphertext", ciphertextBase64);
        LatticeParameters parameters = key.parameterSet().parameters();
        Ciphertext ciphertext;
        try {
            ciphertext = Ciphertext.decode(parameters, encoded);
        } catch (DecodingException e) {
            throw ApiException.badRequest("invalid_ciphertext", "ciphertext is not a " + key.parameterSet().id()
                    + " ciphertext (" + Ciphertext.encodedLength(parameters) + " bytes, canonical encoding)");
        }
        try {
            return new DecryptResponse(Base64Url.encode(PublicKeyEncryption.decrypt(key.pair().secretKey(), ciphertext)));
        } catch (DecryptionException e) {
            throw ApiException.unprocessable("decryption_failed",
                    "The ciphertext does not decrypt under this key (made for another key, or altered)");
        }
    }
}
