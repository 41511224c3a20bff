package io.nexuszero.crypto.engine.encryption;

import io.nexuszero.crypto.engine.keys.PublicKey;
import io.nexuszero.crypto.engine.keys.SecretKey;
import io.nexuszero.crypto.engine.params.LatticeParameters;
import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.Ring;
import io.nexuszero.crypto.engine.sampling.Randomness;
import io.nexuszero.crypto.engine.sampling.SecretDistribution;

import java.util.Arrays;

/**
 * Kyber-style (IND-CPA) public-key encryption of messages of up to 32 bytes under a Module-LWE key (ρ, t = A·s1 + s2):
 * <pre>
 *   r ← D_η^k, e1 ← D_η^l, e2 ← D_η   (SHAKE-256(coins ‖ nonce), nonces 0..k−1, k..k+l−1, k+l)
 *   u = Aᵀ·r + e1,   v = tᵀ·r + e2 + ⌈q/2⌉·m
 *   decrypt: w = v − s1ᵀ·u = s2ᵀr + e2 − s1ᵀe1 + ⌈q/2⌉·m, then round each coefficient
 * </pre>
 * D_η is the key's secret distribution. Decryption is correct whenever every coefficient of the noise
 * s2ᵀr + e2 − s1ᵀe1 stays within {@link MessageEncoding#noiseTolerance}; {@link DecryptionFailureAnalysis} bounds the
 * probability it does not (it is exactly 0 for the presets).
 *
 * <p>Security: IND-CPA under Module-LWE. It is not CCA-secure: a service must not answer decryption queries on
 * ciphertexts chosen by parties who should not learn the key (plain LWE encryption leaks the key to such an oracle).
 */
public final class PublicKeyEncryption {

    /** Bytes of the per-encryption coins. */
    public static final int COINS_BYTES = 32;

    private PublicKeyEncryption() {
    }

    /** Encrypts {@code message} (0..32 bytes) with fresh coins from {@code randomness}. */
    public static Ciphertext encrypt(PublicKey publicKey, byte[] message, Randomness randomness) {
        byte[] coins = randomness.nextBytes(COINS_BYTES);
        try {
            return encrypt(publicKey, message, coins);
        } finally {
            Arrays.fill(coins, (byte) 0);
        }
    }

    /**
     * Encrypts {@code message} (0..32 bytes) with the given 32 bytes of coins (deterministic; never reuse coins).
     */
    public static Ciphertext encrypt(PublicKey publicKey, byte[] message, byte[] coins) {
        if (coins.length != COINS_BYTES) {
            throw new IllegalArgumentException("coins must be " + COINS_BYTES + " bytes");
        }
        LatticeParameters p = publicKey.parameters();
        Ring ring = p.ring();
        SecretDistribution distribution = p.distribution();
        int k = p.rankK();
        int l = p.rankL();
        Poly encodedMessage = MessageEncoding.encode(ring, message);
        PolyVec r = sampleVector(ring, distribution, p.eta(), coins, 0, k);
        PolyVec rHat = r.toNtt();
        PolyVec e1 = sampleVector(ring, distribution, p.eta(), coins, k, l);
        Poly e2 = distribution.sample(ring, p.eta(), coins, k + l);
        try {
            PolyVec u = publicKey.matrix().multiplyTransposedShort(r, p.eta()).add(e1);
            Poly v = publicKey.tNtt().dot(rHat).fromNtt().add(e2).add(encodedMessage);
            return new Ciphertext(p, message.length, u, v);
        } finally {
            r.zeroize();
            rHat.zeroize();
            e1.zeroize();
            e2.zeroize();
            encodedMessage.zeroize();
        }
    }

    /**
     * Decrypts a ciphertext made for {@code secretKey}'s public key.
     *
     * @throws IllegalArgumentException if the ciphertext is for other parameters
     * @throws DecryptionException      if the bits past the message length do not decrypt to zero
     */
    public static byte[] decrypt(SecretKey secretKey, Ciphertext ciphertext) throws DecryptionException {
        if (!ciphertext.parameters().equals(secretKey.parameters())) {
            throw new IllegalArgumentException("ciphertext and key use different parameters");
        }
        Poly s1u = secretKey.s1Ntt().dot(ciphertext.u().toNtt()).fromNtt();
        Poly w = ciphertext.v().subtract(s1u);
        byte[] message = new byte[ciphertext.messageLength()];
        int padding = MessageEncoding.decode(w, message);
        s1u.zeroize();
        w.zeroize();
        if (padding != 0) {
            Arrays.fill(message, (byte) 0);
            throw new DecryptionException("ciphertext does not decrypt to a well-formed message under this key");
        }
        return message;
    }

    private static PolyVec sampleVector(Ring ring, SecretDistribution d, int eta, byte[] coins, int firstNonce,
                                        int length) {
        Poly[] out = new Poly[length];
        for (int i = 0; i < length; i++) {
            out[i] = d.sample(ring, eta, coins, firstNonce + i);
        }
        return PolyVec.of(out);
    }
}
