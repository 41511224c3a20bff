package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.sampling.Randomness;

/** Valid proofs of one type to feed to another type's verifier. */
final class LweSecretProofTestSupport {

    private LweSecretProofTestSupport() {
    }

    static byte[] anyLweProof(ProofParameters p) {
        Randomness randomness = Randomness.deterministic(new byte[] {99});
        TestParameters.Key key = TestParameters.keyPair(p, randomness);
        return LweSecretProof.prove(p, key.rho(), key.t(), key.s1(), key.s2(), new byte[0], randomness).proof();
    }
}
