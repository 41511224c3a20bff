package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.sampling.Randomness;

import java.util.Optional;

/** lwe-secret as a {@link ProofSystem}: the witness is a key pair, the statement its public key. */
final class LweSecretSystem implements ProofSystem {

    /** Its statement is one key, whatever witness length a caller names. */
    private static final StatementFields KEY_FIELDS = new StatementFields(1, Optional.empty());

    @Override
    public ProofType type() {
        return ProofType.LWE_SECRET;
    }

    @Override
    public boolean takesValues() {
        return false;
    }

    @Override
    public boolean provesRelation() {
        return false;
    }

    @Override
    public int maxEncodedValues() {
        return Integer.MAX_VALUE;
    }

    @Override
    public int maxValues(ProofParameters p) {
        return Integer.MAX_VALUE;
    }

    @Override
    public ProofSizes.ProofSize size(ProofParameters p, int values) {
        return new ProofSizes.ProofSize(LweSecretProof.proofLength(p), LweSecretProof.statementLength(p));
    }

    @Override
    public long maskedPolynomials(ProofParameters p, int values) {
        return (long) p.rankK() + p.rankL();
    }

    @Override
    public ProofResult prove(ProofParameters p, ProofWitness witness, byte[] context, Randomness randomness) {
        if (!(witness instanceof ProofWitness.OfKey key)) {
            throw WrongForm.of(type(), witness);
        }
        return LweSecretProof.prove(p, key.pair().publicKey(), key.pair().secretKey(), context, randomness);
    }

    @Override
    public ProofStatement statement(ProofWitness witness, ProofResult result) {
        if (!(witness instanceof ProofWitness.OfKey key)) {
            throw WrongForm.of(type(), witness);
        }
        return new ProofStatement.OfKey(key.pair().publicKey());
    }

    @Override
    public VerificationResult verify(ProofParameters p, ProofStatement statement, byte[] context, byte[] proof) {
        return LweSecretProof.verify(p, publicKey(statement).publicKey(), context, proof);
    }

    @Override
    public Optional<StatementFields> readFields(ProofParameters p, ProofStatement statement) {
        publicKey(statement);
        return Optional.of(KEY_FIELDS);
    }

    private ProofStatement.OfKey publicKey(ProofStatement statement) {
        if (!(statement instanceof ProofStatement.OfKey key)) {
            throw WrongForm.of(type(), statement);
        }
        return key;
    }
}
