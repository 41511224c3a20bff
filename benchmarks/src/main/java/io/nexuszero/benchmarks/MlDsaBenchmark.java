package io.nexuszero.benchmarks;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAKeyGenerationParameters;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAKeyPairGenerator;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAParameters;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAPrivateKeyParameters;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAPublicKeyParameters;
import org.bouncycastle.pqc.crypto.mldsa.MLDSASigner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;

/**
 * The reference point: BouncyCastle's FIPS 204 ML-DSA (hedged signing with a SecureRandom, 32-byte message), the
 * standardised lattice Fiat–Shamir-with-aborts proof of knowledge of a Module-LWE secret, in the same JVM and run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MlDsaBenchmark {

    @Param({"ML-DSA-44", "ML-DSA-65", "ML-DSA-87"})
    public String algorithm;

    private MLDSAPrivateKeyParameters privateKey;
    private MLDSAPublicKeyParameters publicKey;
    private SecureRandom random;
    private byte[] message;
    private byte[] signature;

    @Setup
    public void setUp() throws CryptoException {
        MLDSAParameters parameters = switch (algorithm) {
            case "ML-DSA-44" -> MLDSAParameters.ml_dsa_44;
            case "ML-DSA-65" -> MLDSAParameters.ml_dsa_65;
            case "ML-DSA-87" -> MLDSAParameters.ml_dsa_87;
            default -> throw new IllegalArgumentException(algorithm);
        };
        random = new SecureRandom();
        MLDSAKeyPairGenerator generator = new MLDSAKeyPairGenerator();
        generator.init(new MLDSAKeyGenerationParameters(random, parameters));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        privateKey = (MLDSAPrivateKeyParameters) pair.getPrivate();
        publicKey = (MLDSAPublicKeyParameters) pair.getPublic();
        message = new byte[32];
        random.nextBytes(message);
        signature = sign();
        if (!verify()) {
            throw new IllegalStateException("ML-DSA signature does not verify");
        }
    }

    @Benchmark
    public byte[] sign() throws CryptoException {
        MLDSASigner signer = new MLDSASigner();
        signer.init(true, new ParametersWithRandom(privateKey, random));
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    @Benchmark
    public boolean verify() {
        MLDSASigner verifier = new MLDSASigner();
        verifier.init(false, publicKey);
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }
}
