package io.nexuszero.crypto.engine.proof;

import java.util.Optional;

/** What the two commitment proofs share as {@link ProofSystem}s: values as witness, an encoded statement. */
abstract class CommitmentSystem implements ProofSystem {

    @Override
    public final boolean takesValues() {
        return true;
    }

    @Override
    public final ProofStatement statement(ProofWitness witness, ProofResult result) {
        return new ProofStatement.Encoded(result.statement());
    }

    @Override
    public final VerificationResult verify(ProofParameters p, ProofStatement statement, byte[] context,
                                           byte[] proof) {
        return verify(p, encoding(statement), context, proof);
    }

    @Override
    public final Optional<StatementFields> readFields(ProofParameters p, ProofStatement statement) {
        return readFields(p, encoding(statement));
    }

    abstract VerificationResult verify(ProofParameters p, byte[] statement, byte[] context, byte[] proof);

    abstract Optional<StatementFields> readFields(ProofParameters p, byte[] statement);

    private byte[] encoding(ProofStatement statement) {
        if (!(statement instanceof ProofStatement.Encoded encoded)) {
            throw WrongForm.of(type(), statement);
        }
        return encoded.encoding();
    }
}
