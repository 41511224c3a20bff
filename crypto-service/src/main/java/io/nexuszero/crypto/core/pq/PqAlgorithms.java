package io.nexuszero.crypto.core.pq;

import io.nexuszero.crypto.core.keys.KeyAlgorithm;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAParameters;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMParameters;

/** The BouncyCastle parameter objects and FIPS sizes of the ML-KEM and ML-DSA algorithms. */
public final class PqAlgorithms {

    private PqAlgorithms() {
    }

    public static MLKEMParameters kem(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case ML_KEM_512 -> MLKEMParameters.ml_kem_512;
            case ML_KEM_768 -> MLKEMParameters.ml_kem_768;
            case ML_KEM_1024 -> MLKEMParameters.ml_kem_1024;
            default -> throw new IllegalArgumentException(algorithm + " is not an ML-KEM algorithm");
        };
    }

    public static MLDSAParameters signature(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case ML_DSA_44 -> MLDSAParameters.ml_dsa_44;
            case ML_DSA_65 -> MLDSAParameters.ml_dsa_65;
            case ML_DSA_87 -> MLDSAParameters.ml_dsa_87;
            default -> throw new IllegalArgumentException(algorithm + " is not an ML-DSA algorithm");
        };
    }

    /** FIPS 203 encapsulation key (ek) bytes: 384·k + 32. */
    public static int kemPublicKeyBytes(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case ML_KEM_512 -> 800;
            case ML_KEM_768 -> 1184;
            case ML_KEM_1024 -> 1568;
            default -> throw new IllegalArgumentException(algorithm + " is not an ML-KEM algorithm");
        };
    }

    /** FIPS 203 ciphertext (the encapsulated key) bytes. */
    public static int kemCiphertextBytes(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case ML_KEM_512 -> 768;
            case ML_KEM_768 -> 1088;
            case ML_KEM_1024 -> 1568;
            default -> throw new IllegalArgumentException(algorithm + " is not an ML-KEM algorithm");
        };
    }

    /** The HPKE KEM identifier of ML-KEM (draft-ietf-hpke-pq): 0x0040, 0x0041, 0x0042. */
    public static int hpkeKemId(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case ML_KEM_512 -> 0x0040;
            case ML_KEM_768 -> 0x0041;
            case ML_KEM_1024 -> 0x0042;
            default -> throw new IllegalArgumentException(algorithm + " is not an ML-KEM algorithm");
        };
    }

    /** FIPS 204 public key (pk) bytes. */
    public static int signaturePublicKeyBytes(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case ML_DSA_44 -> 1312;
            case ML_DSA_65 -> 1952;
            case ML_DSA_87 -> 2592;
            default -> throw new IllegalArgumentException(algorithm + " is not an ML-DSA algorithm");
        };
    }

    /** FIPS 204 signature bytes. */
    public static int signatureBytes(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case ML_DSA_44 -> 2420;
            case ML_DSA_65 -> 3309;
            case ML_DSA_87 -> 4627;
            default -> throw new IllegalArgumentException(algorithm + " is not an ML-DSA algorithm");
        };
    }
}
