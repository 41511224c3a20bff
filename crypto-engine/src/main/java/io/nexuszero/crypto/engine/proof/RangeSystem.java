package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.sampling.Randomness;

import java.util.Optional;

/** range as a {@link ProofSystem}. */
final class RangeSystem extends CommitmentSystem {

    @Override
    public ProofType type() {
        return ProofType.RANGE;
    }

    @Override
    public boolean provesRelation() {
        return false;
    }

    @Override
    public int maxEncodedValues() {
        return RangeProof.MAX_VALUES;
    }

    @Override
    public int maxValues(ProofParameters p) {
        return RangeProof.maxValues(p);
    }

    /** Sizes with one shared pair of bounds (each further pair adds 32 bytes to the statement). */
    @Override
    public ProofSizes.ProofSize size(ProofParameters p, int values) {
        return new ProofSizes.ProofSize(RangeProof.proofLength(p, values),
                RangeProof.statementLength(p, values, true));
    }

    /**
     * (κ + ℓ_s + λ) + (κ + 2r + R·ℓ_s + λ) of the first (largest) chunk: the bits' commitment randomness and the
     * auxiliary commitment's, masked in each attempt of that chunk's loop.
     */
    @Override
    public long maskedPolynomials(ProofParameters p, int values) {
        return RangeProof.maskedPolynomials(p, values);
    }

    /** The chunks' rejection loops are independent, so their expected attempts add up. */
    @Override
    public double expectedAttempts(ProofParameters p, int values) {
        return RangeProof.expectedAttempts(p, values);
    }

    @Override
    public ProofResult prove(ProofParameters p, ProofWitness witness, byte[] context, Randomness randomness) {
        if (!(witness instanceof ProofWitness.OfRange range)) {
            throw WrongForm.of(type(), witness);
        }
        return RangeProof.commitAndProve(p, range.values(), range.bounds(), context, randomness);
    }

    @Override
    VerificationResult verify(ProofParameters p, byte[] statement, byte[] context, byte[] proof) {
        return RangeProof.verify(p, statement, context, proof);
    }

    @Override
    Optional<StatementFields> readFields(ProofParameters p, byte[] statement) {
        return RangeProof.readFields(p, statement);
    }
}
