package io.nexuszero.crypto.engine.keys;

import io.nexuszero.crypto.engine.params.LatticeParameters;
import io.nexuszero.crypto.engine.params.ParameterEncoding;
import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyMatrix;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.Ring;
import io.nexuszero.crypto.engine.sampling.Randomness;
import io.nexuszero.crypto.engine.sampling.SecretDistribution;
import io.nexuszero.crypto.engine.sampling.UniformSampler;
import io.nexuszero.crypto.engine.sampling.Xof;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Deterministic Module-LWE key generation (the ML-DSA KeyGen shape, without t's rounding):
 * <pre>
 *   (ρ, σ) = SHAKE-256("nexuszero/keygen/v1" ‖ seed ‖ n ‖ q ‖ k ‖ l ‖ distribution ‖ η)  → 32 + 64 bytes
 *   A = ExpandA(ρ) ∈ R_q^{k×l};  s1[i] = D_η(σ, i) (i &lt; l);  s2[j] = D_η(σ, l + j) (j &lt; k);  t = A·s1 + s2
 * </pre>
 * where D_η is the parameters' secret distribution (CBD or uniform on [−η, η], SHAKE-256(σ ‖ nonce)). Binding the
 * parameters into the expansion makes one seed give unrelated keys under different parameter sets.
 */
public final class KeyGenerator {

    /** Accepted seed lengths in bytes. */
    public static final int SEED_BYTES = 32;
    /** Accepted seed lengths in bytes (alternative). */
    public static final int LONG_SEED_BYTES = 64;

    private static final byte[] DOMAIN = "nexuszero/keygen/v1".getBytes(StandardCharsets.US_ASCII);

    private KeyGenerator() {
    }

    /**
     * The key pair determined by {@code seed} (32 or 64 bytes of secret randomness) under {@code parameters} (which
     * must be valid, see ParameterValidator).
     */
    public static KeyPair generate(LatticeParameters parameters, byte[] seed) {
        if (seed.length != SEED_BYTES && seed.length != LONG_SEED_BYTES) {
            throw new IllegalArgumentException("key seed must be 32 or 64 bytes");
        }
        Ring ring = parameters.ring();
        SecretDistribution distribution = parameters.distribution();
        byte[] expanded = Xof.shake256(UniformSampler.SEED_BYTES + 64, DOMAIN, seed, ParameterEncoding.encode(parameters));
        byte[] rho = Arrays.copyOfRange(expanded, 0, UniformSampler.SEED_BYTES);
        byte[] sigma = Arrays.copyOfRange(expanded, UniformSampler.SEED_BYTES, expanded.length);
        Arrays.fill(expanded, (byte) 0);
        try {
            int l = parameters.rankL();
            int k = parameters.rankK();
            Poly[] s1 = new Poly[l];
            for (int i = 0; i < l; i++) {
                s1[i] = distribution.sample(ring, parameters.eta(), sigma, i);
            }
            Poly[] s2 = new Poly[k];
            for (int j = 0; j < k; j++) {
                s2[j] = distribution.sample(ring, parameters.eta(), sigma, l + j);
            }
            PolyVec s1Vec = PolyVec.of(s1);
            PolyVec s2Vec = PolyVec.of(s2);
            PolyMatrix a = UniformSampler.expandMatrix(ring, rho, k, l);
            PolyVec t = a.multiplyShort(s1Vec, parameters.eta()).add(s2Vec);
            PublicKey publicKey = new PublicKey(parameters, rho, t, a);
            return new KeyPair(publicKey, new SecretKey(publicKey, s1Vec, s2Vec));
        } finally {
            Arrays.fill(sigma, (byte) 0);
        }
    }

    /** A key pair from a fresh 32-byte seed drawn from {@code randomness}. */
    public static KeyPair generate(LatticeParameters parameters, Randomness randomness) {
        byte[] seed = randomness.nextBytes(SEED_BYTES);
        try {
            return generate(parameters, seed);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }
}
