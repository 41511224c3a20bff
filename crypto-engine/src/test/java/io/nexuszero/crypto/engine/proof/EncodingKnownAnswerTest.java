package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.sampling.Randomness;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Byte-exact pins of the commitment-opening, linear-relation and range encodings (statements carry big-endian counts and
 * relation coefficients, proofs bit-packed responses), from fixed seeds; the lwe-secret pin is in LweSecretProofTest.
 */
class EncodingKnownAnswerTest {

    private static final byte[] CONTEXT = {7, 7};

    @Test
    void commitmentOpeningStatementAndProof() {
        ProofResult r = CommitmentOpeningProof.commitAndProve(TestParameters.SMALL, new long[] {1, 2, 300, -5},
                CONTEXT, Randomness.deterministic(new byte[] {50}));
        assertThat(Tampering.sha3Hex(r.statement())).isEqualTo(KnownAnswers.COMMITMENT_OPENING_SMALL_STATEMENT);
        assertThat(Tampering.sha3Hex(r.proof())).isEqualTo(KnownAnswers.COMMITMENT_OPENING_SMALL_PROOF);
    }

    @Test
    void linearRelationStatementAndProof() {
        ProofResult r = LinearRelationProof.commitAndProve(TestParameters.SMALL, new long[] {2, 3}, new long[] {3, -2},
                0, CONTEXT, Randomness.deterministic(new byte[] {51}));
        assertThat(Tampering.sha3Hex(r.statement())).isEqualTo(KnownAnswers.LINEAR_RELATION_SMALL_STATEMENT);
        assertThat(Tampering.sha3Hex(r.proof())).isEqualTo(KnownAnswers.LINEAR_RELATION_SMALL_PROOF);
    }

    @Test
    void rangeStatementAndProof() {
        ProofResult r = RangeProof.commitAndProve(TestParameters.SMALL,
                new java.math.BigInteger[] {java.math.BigInteger.TWO, java.math.BigInteger.valueOf(-5)},
                RangeBounds.perValue(java.util.List.of(java.math.BigInteger.ZERO, java.math.BigInteger.valueOf(-9)),
                        java.util.List.of(java.math.BigInteger.TEN, java.math.BigInteger.ONE.shiftLeft(63))),
                CONTEXT, Randomness.deterministic(new byte[] {53}));
        assertThat(Tampering.sha3Hex(r.statement())).isEqualTo(KnownAnswers.RANGE_SMALL_STATEMENT);
        assertThat(Tampering.sha3Hex(r.proof())).isEqualTo(KnownAnswers.RANGE_SMALL_PROOF);
    }

    @Test
    void rangeWithGaussianMasksAtNz128() {
        // nz-128 masks range proofs with discrete Gaussians (the small set above keeps uniform masks): this pins the
        // sampler, the rejection step and the order in which they read the prover's randomness
        ProofParameters p = ProofParameters.of(io.nexuszero.crypto.engine.params.Presets.NZ_128);
        ProofResult r = RangeProof.commitAndProve(p,
                new java.math.BigInteger[] {java.math.BigInteger.TWO, java.math.BigInteger.valueOf(-5)},
                RangeBounds.shared(java.math.BigInteger.valueOf(-9), java.math.BigInteger.ONE.shiftLeft(63)),
                CONTEXT, Randomness.deterministic(new byte[] {54}));
        assertThat(Tampering.sha3Hex(r.statement())).isEqualTo(KnownAnswers.RANGE_NZ128_STATEMENT);
        assertThat(Tampering.sha3Hex(r.proof())).isEqualTo(KnownAnswers.RANGE_NZ128_PROOF);
    }

    @Test
    void presetProofsOnThePartiallySplittingRing() {
        ProofParameters p = ProofParameters.of(io.nexuszero.crypto.engine.params.Presets.NZ_128);
        Randomness randomness = Randomness.deterministic(new byte[] {52});
        TestParameters.Key key = TestParameters.keyPair(p, randomness);
        ProofResult lwe = LweSecretProof.prove(p, key.rho(), key.t(), key.s1(), key.s2(), CONTEXT, randomness);
        ProofResult opening = CommitmentOpeningProof.commitAndProve(p, new long[] {1, 2, 300, -5}, CONTEXT, randomness);
        ProofResult relation = LinearRelationProof.commitAndProve(p, new long[] {2, 3}, new long[] {3, -2}, 0, CONTEXT,
                randomness);
        assertThat(Tampering.sha3Hex(lwe.proof())).isEqualTo(KnownAnswers.LWE_SECRET_NZ128);
        assertThat(Tampering.sha3Hex(opening.statement())).isEqualTo(KnownAnswers.COMMITMENT_OPENING_NZ128_STATEMENT);
        assertThat(Tampering.sha3Hex(opening.proof())).isEqualTo(KnownAnswers.COMMITMENT_OPENING_NZ128_PROOF);
        assertThat(Tampering.sha3Hex(relation.proof())).isEqualTo(KnownAnswers.LINEAR_RELATION_NZ128_PROOF);
    }
}
