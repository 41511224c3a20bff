package io.nexuszero.crypto.core.pq;

import io.nexuszero.crypto.api.ApiLimits;
import io.nexuszero.crypto.api.Base64Url;
import io.nexuszero.crypto.api.BatchItems;
import io.nexuszero.crypto.api.CryptoErrors;
import io.nexuszero.crypto.api.SignBatchRequest;
import io.nexuszero.crypto.api.SignBatchResponse;
import io.nexuszero.crypto.api.SignRequest;
import io.nexuszero.crypto.api.SignResponse;
import io.nexuszero.crypto.api.SignatureVerifyBatchRequest;
import io.nexuszero.crypto.api.SignatureVerifyBatchResponse;
import io.nexuszero.crypto.api.SignatureVerifyRequest;
import io.nexuszero.crypto.api.SignatureVerifyResponse;
import io.nexuszero.crypto.core.keys.KeyAlgorithm;
import io.nexuszero.crypto.core.keys.KeyPurpose;
import io.nexuszero.crypto.core.keys.KeyService;
import io.nexuszero.crypto.metrics.SignatureMetrics;
import java.security.SecureRandom;
import java.util.List;
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
        KeyService.SignatureKey key = signatureKey(derived);
        return sign(key, readSign(request, ""));
    }

    /** Every item checked first (one malformed item: 400 naming it), then signed in order with the one key. */
    public SignBatchResponse signBatch(KeyService.DerivedKey derived, SignBatchRequest request) {
        KeyService.SignatureKey key = signatureKey(derived);
        List<SignInput> inputs = BatchItems.read(request.items(), "message", SignatureService::readSign);
        return new SignBatchResponse(inputs.stream().map(input -> sign(key, input)).toList());
    }

    public SignatureVerifyResponse verify(SignatureVerifyRequest request) {
        return verify(readVerify(request, ""));
    }

    /** Every item checked first; a signature that does not verify is {@code valid: false} in its place. */
    public SignatureVerifyBatchResponse verifyBatch(SignatureVerifyBatchRequest request) {
        List<VerifyInput> inputs = BatchItems.read(request.items(), "signature", SignatureService::readVerify);
        return new SignatureVerifyBatchResponse(inputs.stream().map(this::verify).toList());
    }

    private record SignInput(byte[] message, byte[] context, boolean deterministic) {
    }

    private record VerifyInput(KeyAlgorithm algorithm, byte[] publicKey, byte[] message, byte[] context,
                               byte[] signature) {
    }

    private static KeyService.SignatureKey signatureKey(KeyService.DerivedKey derived) {
        if (derived instanceof KeyService.SignatureKey key) {
            return key;
        }
        throw CryptoErrors.wrongKeyPurpose(derived.algorithm().purpose().wireName(), derived.algorithm().wireName(),
                KeyPurpose.SIGNATURE.wireName());
    }

    private static SignInput readSign(SignRequest request, String prefix) {
        return new SignInput(message(prefix, request.message()), context(prefix, request.context()),
                Boolean.TRUE.equals(request.deterministic()));
    }

    private SignResponse sign(KeyService.SignatureKey key, SignInput input) {
        long start = System.nanoTime();
        MLDSASigner signer = new MLDSASigner();
        CipherParameters secret = input.deterministic() ? key.privateKey()
                : new ParametersWithRandom(key.privateKey(), random);
        signer.init(true, new ParametersWithContext(secret, input.context()));
        signer.update(input.message(), 0, input.message().length);
        byte[] signature;
        try {
            signature = signer.generateSignature();
        } catch (CryptoException e) {
            throw new IllegalStateException("ML-DSA signing failed", e);
        }
        metrics.signature(key.algorithm().wireName(), SignatureMetrics.SIGN, System.nanoTime() - start);
        return new SignResponse(key.algorithm().wireName(), Base64Url.encode(signature));
    }

    private static VerifyInput readVerify(SignatureVerifyRequest request, String prefix) {
        if (request.algorithm() == null) {
            throw CryptoErrors.missingField(prefix + "algorithm");
        }
        KeyAlgorithm algorithm = KeyAlgorithm.fromWire(request.algorithm());
        if (algorithm == null || algorithm.purpose() != KeyPurpose.SIGNATURE) {
            throw CryptoErrors.unknownSignatureAlgorithm(request.algorithm());
        }
        byte[] publicKey = Base64Url.decode(prefix + "publicKey", request.publicKey());
        int publicKeyBytes = PqAlgorithms.signaturePublicKeyBytes(algorithm);
        if (publicKey.length != publicKeyBytes) {
            throw CryptoErrors.invalidPublicKey(prefix + "publicKey", algorithm.wireName(), publicKeyBytes);
        }
        return new VerifyInput(algorithm, publicKey, message(prefix, request.message()),
                context(prefix, request.context()), Base64Url.decode(prefix + "signature", request.signature()));
    }

    private SignatureVerifyResponse verify(VerifyInput input) {
        KeyAlgorithm algorithm = input.algorithm();
        long start = System.nanoTime();
        boolean valid = input.signature().length == PqAlgorithms.signatureBytes(algorithm)
                && verify(algorithm, input.publicKey(), input.message(), input.context(), input.signature());
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

    private static byte[] message(String prefix, String value) {
        byte[] message = Base64Url.decode(prefix + "message", value);
        if (message.length > ApiLimits.MAX_MESSAGE_BYTES) {
            throw CryptoErrors.tooLarge(CryptoErrors.MESSAGE_TOO_LARGE, prefix + "message", ApiLimits.MAX_MESSAGE_BYTES,
                    message.length);
        }
        return message;
    }

    private static byte[] context(String prefix, String value) {
        byte[] context = Base64Url.decodeOptional(prefix + "context", value);
        if (context.length > ApiLimits.MAX_SIGNATURE_CONTEXT_BYTES) {
            throw CryptoErrors.tooLarge(CryptoErrors.CONTEXT_TOO_LARGE, prefix + "context",
                    ApiLimits.MAX_SIGNATURE_CONTEXT_BYTES, context.length);
        }
        return context;
    }
}
