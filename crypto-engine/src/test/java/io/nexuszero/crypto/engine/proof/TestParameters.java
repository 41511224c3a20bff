package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.ring.PolyMatrix;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.sampling.Randomness;
import io.nexuszero.crypto.engine.sampling.UniformSampler;

import java.util.List;

/** Parameter sets and key material for the proof tests. */
final class TestParameters {

    /** ML-DSA-44-like numbers (n = 256, q = 8380417, k = l = 4, CBD(2), τ = 39, γ = 2^17). */
    static final ProofParameters DILITHIUM_LIKE =
            ProofParameters.of("test-dil2", 256, 8380417, 4, 4, "cbd", 2, 39, 1 << 17);
    /** A small custom set: k = l = 1, q = 12289, uniform secrets in [−1, 1], τ = 4 (fast, not a secure preset). */
    static final ProofParameters SMALL =
            ProofParameters.of("custom", 256, 12289, 1, 1, "uniform", 1, 4, 6000);
    /** n = 512, q = 8380417 (≡ 1 mod 1024), k = l = 2. */
    static final ProofParameters WIDE =
            ProofParameters.of("test-512", 512, 8380417, 2, 2, "cbd", 2, 24, 1 << 20);

    static List<ProofParameters> all() {
        return List.of(SMALL, DILITHIUM_LIKE, WIDE);
    }

    private TestParameters() {
    }

    /** A Module-LWE key: ρ, t = A·s1 + s2, s1, s2. */
    record Key(byte[] rho, PolyVec t, PolyVec s1, PolyVec s2) {
    }

    static Key keyPair(ProofParameters p, Randomness randomness) {
        byte[] rho = randomness.nextBytes(32);
        PolyVec s1 = Masking.shortVector(p, p.rankL(), randomness);
        PolyVec s2 = Masking.shortVector(p, p.rankK(), randomness);
        PolyMatrix a = UniformSampler.expandMatrix(p.ring(), rho, p.rankK(), p.rankL());
        return new Key(rho, a.multiply(s1).add(s2), s1, s2);
    }
}
