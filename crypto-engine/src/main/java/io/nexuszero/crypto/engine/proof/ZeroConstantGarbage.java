package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.sampling.Randomness;
import io.nexuszero.crypto.engine.sampling.UniformSampler;

/**
 * Garbage polynomials uniform on {g ∈ R_q : ct(g) = 0} (SHAKE-128 rejection sampling from a fresh seed): the masks
 * of the constant-coefficient proofs' h_k = g_k + (something whose constant coefficient must be 0).
 */
final class ZeroConstantGarbage {

    private ZeroConstantGarbage() {
    }

    static PolyVec sample(ProofParameters p, int count, Randomness rng) {
        byte[] seed = rng.nextBytes(Masking.SEED_BYTES);
        int n = p.degree();
        Poly[] g = new Poly[count];
        for (int k = 0; k < count; k++) {
            int[] values = UniformSampler.uniformValues(p.modulus(), n - 1, seed, new byte[] {(byte) k});
            int[] coefficients = new int[n];
            System.arraycopy(values, 0, coefficients, 1, n - 1);
            g[k] = Poly.ofCoefficients(p.ring(), coefficients);
            java.util.Arrays.fill(values, 0);
            java.util.Arrays.fill(coefficients, 0);
        }
        java.util.Arrays.fill(seed, (byte) 0);
        return PolyVec.of(g);
    }
}
