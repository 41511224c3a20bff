package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.sampling.Randomness;

import java.util.Optional;

/** commitment-opening as a {@link ProofSystem}. */
final class CommitmentOpeningSystem extends CommitmentSystem {

    @Override
    public ProofType type() {
        return ProofType.COMMITMENT_OPENING;
    }

    @Override
    public boolean provesRelation() {
        return false;
    }

    @Override
    public int maxEncodedValues() {
        return CommitmentOpeningProof.MAX_VALUES;
    }

    @Override
    public int maxValues(ProofParameters p) {
        return CommitmentOpeningProof.maxValues(p);
    }

    @Override
    public ProofSizes.ProofSize size(ProofParameters p, int values) {
        return new ProofSizes.ProofSize(CommitmentOpeningProof.proofLength(p, values),
                CommitmentOpeningProof.statementLength(p, values));
    }

    /** κ + ⌈L/n⌉ + λ: the randomness of one commitment to L values. */
    @Override
    public long maskedPolynomials(ProofParameters p, int values) {
        return (long) p.rankK() + CommitmentOpeningProof.messagePolys(p, values) + p.rankL();
    }

    @Override
    public ProofResult prove(ProofParameters p, ProofWitness witness, byte[] context, Randomness randomness) {
        if (!(witness instanceof ProofWitness.OfValues values)) {
            throw WrongForm.of(type(), witness);
        }
        return CommitmentOpeningProof.commitAndProve(p, values.values(), context, randomness);
    }

    @Override
    VerificationResult verify(ProofParameters p, byte[] statement, byte[] context, byte[] proof) {
        return CommitmentOpeningProof.verify(p, statement, context, proof);
    }

    @Override
    Optional<StatementFields> readFields(ProofParameters p, byte[] statement) {
        return CommitmentOpeningProof.readFields(p, statement);
    }
}
