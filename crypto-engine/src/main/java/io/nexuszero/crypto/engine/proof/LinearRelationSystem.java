package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.sampling.Randomness;

import java.util.Optional;

/** linear-relation as a {@link ProofSystem}. */
final class LinearRelationSystem extends CommitmentSystem {

    @Override
    public ProofType type() {
        return ProofType.LINEAR_RELATION;
    }

    @Override
    public boolean provesRelation() {
        return true;
    }

    @Override
    public int maxEncodedValues() {
        return LinearRelationProof.MAX_VALUES;
    }

    @Override
    public int maxValues(ProofParameters p) {
        return LinearRelationProof.maxValues(p);
    }

    @Override
    public ProofSizes.ProofSize size(ProofParameters p, int values) {
        return new ProofSizes.ProofSize(LinearRelationProof.proofLength(p, values),
                LinearRelationProof.statementLength(p, values));
    }

    /** (κ + ⌈L/n⌉ + λ) + (κ + r + λ): the values' commitment randomness and the garbage commitment's. */
    @Override
    public long maskedPolynomials(ProofParameters p, int values) {
        return CommitmentKey.randomnessLength(p, CommitmentOpeningProof.messagePolys(p, values))
                + CommitmentKey.randomnessLength(p, LinearRelationProof.garbagePolys(p));
    }

    /** The rejection loop's expected attempts with its masks ({@link LinearRelationProof#masking}). */
    @Override
    public double expectedAttempts(ProofParameters p, int values) {
        return LinearRelationProof.masking(p, values).expectedAttempts();
    }

    @Override
    public ProofResult prove(ProofParameters p, ProofWitness witness, byte[] context, Randomness randomness) {
        if (!(witness instanceof ProofWitness.OfRelation relation)) {
            throw WrongForm.of(type(), witness);
        }
        return LinearRelationProof.commitAndProve(p, relation.values(), relation.coefficients(), relation.constant(),
                context, randomness);
    }

    @Override
    VerificationResult verify(ProofParameters p, byte[] statement, byte[] context, byte[] proof) {
        return LinearRelationProof.verify(p, statement, context, proof);
    }

    @Override
    Optional<StatementFields> readFields(ProofParameters p, byte[] statement) {
        return LinearRelationProof.readFields(p, statement);
    }
}
