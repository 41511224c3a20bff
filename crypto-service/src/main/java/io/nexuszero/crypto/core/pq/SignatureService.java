package io.nexuszero.crypto.core.pq;

import io.nexuszero.crypto.api.ApiLimits;
import io.nexuszero.crypto.api.Base64Url;
import io.nexuszero.crypto.api.CryptoErrors;
import io.nexuszero.crypto.api.SignRequest;
import io.nexuszero.crypto.api.SignResponse;
import io.nexuszero.crypto.api.SignatureVerifyRequest;
import io.nexuszero.crypto.api.SignatureVerifyResponse;
import io.nexuszero.crypto.core.keys.KeyAlgorithm;
import io.nexuszero.crypto.core.keys.KeyPurpose;
import io.nexuszero.crypto.core.keys.KeyService;
import io.nexuszero.crypto.metrics.SignatureMetrics;
import java.security.SecureRandom;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.ParametersWithContext;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAPublicKeyParameters;
import org.bouncycastle.pqc.crypto.mldsa.MLDSASigner;

/**
 * ML-DSA (FIPS 204, pure mode: ML-DSA.Sign / ML-DSA.Verify with a context string) through BouncyCastle. Signing is
 * hedged (fresh 32-byte rnd) unless the caller asks for the deterministic variant (rnd = 0³²). Verification takes
 * any FIPS 204 public key, so it is public; a signature that does not verify — wrong key, message, context, altered
 * or of the wrong length — is {@code valid: false}, never an error.
 */
public final class SignatureService {

    private final SignatureMetrics metrics;
    private final SecureRandom random = new SecureRandom();

    public SignatureService(SignatureMetrics metrics) {
        this.metrics = metrics;
    }

    public SignResponse sign(KeyService.DerivedKey derived, SignRequest request) {
        if (!(derived instanceof KeyService.SignatureKey key)) {
            throw CryptoErrors.wrongKeyPurpose(derived.algorithm().purpose().wireName(),
                    derived.algorithm().wireName(), KeyPurpose.SIGNATURE.wireName());
        }
        byte[] message = message(request.message());
        byte[] context = context(request.context());
        boolean deterministic = Boolean.TRUE.equals(request.deterministic());
        long start = System.nanoTime();
        MLDSASigner signer = new MLDSASigner();
        CipherParameters secret = deterministic ? key.privateKey() : new ParametersWithRandom(key.privateKey(), random);
        signer.init(true, new ParametersWithContext(secret, context));
        signer.update(message, 0, message.length);
        byte[] signature;
        try {
            signature = signer.generateSignature();
        } catch (CryptoException e) {
            throw new IllegalStateException("ML-DSA signing failed", e);
        }
        metrics.signature(key.algorithm().wireName(), SignatureMetrics.SIGN, System.nanoTime() - start);
        return new SignResponse(key.algorithm().wireName(), Base64Url.encode(signature));
    }

    public SignatureVerifyResponse verify(SignatureVerifyRequest request) {
        if (request.algorithm() == null) {
            throw CryptoErrors.missingField("algorithm");
        }
        KeyAlgorithm algorithm = KeyAlgorithm.fromWire(request.algorithm());
        if (algorithm == null || algorithm.purpose() != KeyPurpose.SIGNATURE) {
            throw CryptoErrors.unknownSignatureAlgorithm(request.algorithm());
        }
        byte[] publicKey = Base64Url.decode("publicKey", request.publicKey());
        int publicKeyBytes = PqAlgorithms.signaturePublicKeyBytes(algorithm);
        if (publicKey.length != publicKeyBytes) {
            throw CryptoErrors.invalidPublicKey(algorithm.wireName(), publicKeyBytes);
        }
        byte[] message = message(request.message());
        byte[] context = context(request.context());
        byte[] signature = Base64Url.decode("signature", request.signature());
        long start = System.nanoTime();
        boolean valid = signature.length == PqAlgorithms.signatureBytes(algorithm)
                && verify(algorithm, publicKey, message, context, signature);
        metrics.signature(algorithm.wireName(), SignatureMetrics.VERIFY, System.nanoTime() - start);
        metrics.signatureVerified(algorithm.wireName(), valid);
        return new SignatureVerifyResponse(valid);
    }

    /** Pure ML-DSA.Verify; false for anything that does not verify. */
    public static boolean verify(KeyAlgorithm algorithm, byte[] publicKey, byte[] message, byte[] context,
                                 byte[] signature) {
        try {
            MLDSASigner verifier = new MLDSASigner();
            verifier.init(false, new ParametersWithContext(
                    new MLDSAPublicKeyParameters(PqAlgorithms.signature(algorithm), publicKey), context));
            verifier.update(message, 0, message.length);
            return verifier.verifySignature(signature);
        } catch (RuntimeException e) {
            return false; // a malformed signature encoding (e.g. an invalid hint) is simply not a valid signature
        }
    }

    private static byte[] message(String value) {
        byte[] message = Base64Url.decode("message", value);
        if (message.length > ApiLimits.MAX_MESSAGE_BYTES) {
            throw CryptoErrors.tooLarge(CryptoErrors.MESSAGE_TOO_LARGE, "message", ApiLimits.MAX_MESSAGE_BYTES, message.length);
        }
        return message;
    }

    private static byte[] context(String value) {
        byte[] context = Base64Url.decodeOptional("context", value);
        if (context.length > ApiLimits.MAX_SIGNATURE_CONTEXT_BYTES) {
            throw CryptoErrors.tooLarge(CryptoErrors.CONTEXT_TOO_LARGE, "context", ApiLimits.MAX_SIGNATURE_CONTEXT_BYTES,
                    context.length);
        }
        return context;
    }
}
