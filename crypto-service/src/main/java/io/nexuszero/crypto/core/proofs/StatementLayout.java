package io.nexuszero.crypto.core.proofs;

import io.nexuszero.crypto.engine.proof.CommitmentOpeningProof;
import io.nexuszero.crypto.engine.proof.LinearRelationProof;
import io.nexuszero.crypto.engine.proof.LweSecretProof;
import io.nexuszero.crypto.engine.proof.ProofParameters;
import io.nexuszero.crypto.engine.proof.ProofType;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the few public fields of a statement encoding the API needs before verification — the value count (to
 * tell a proof of the wrong length, a 400, from an invalid proof) and a linear relation's coefficients (to check
 * that the statement proves the relation the verifier names). It relies only on the layout the engine documents:
 * header {@code 'N' 'Z' | version | kind | id length | id | fingerprint (8)}, then the count as u16 and, for
 * linear-relation, a_1 … a_j and b as big-endian u32. Anything it cannot read is left to the engine's strict
 * decoder, which reports it as an invalid proof.
 * TODO(engine): a public decoder for these fields in io.nexuszero.crypto.engine.proof would replace this class.
 */
final class StatementLayout {

    private static final int FINGERPRINT_BYTES = 8;

    private StatementLayout() {
    }

    /** The proof length the statement implies, if the statement's count field is readable and consistent. */
    static OptionalInt expectedProofLength(ProofType type, ProofParameters p, byte[] statement) {
        if (type == ProofType.LWE_SECRET) {
            return OptionalInt.of(LweSecretProof.proofLength(p));
        }
        int count = count(p, statement);
        if (type == ProofType.COMMITMENT_OPENING) {
            if (count < 1 || count > CommitmentOpeningProof.MAX_VALUES
                    || CommitmentOpeningProof.statementLength(p, count) != statement.length) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(CommitmentOpeningProof.proofLength(p, count));
        }
        if (count < 1 || count > LinearRelationProof.MAX_VALUES
                || LinearRelationProof.statementLength(p, count) != statement.length) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(LinearRelationProof.proofLength(p, count));
    }

    /** A linear-relation statement's relation (coefficients reduced mod q, then the constant), if readable. */
    static Optional<long[]> relation(ProofParameters p, byte[] statement) {
        int count = count(p, statement);
        int offset = headerLength(p) + 2;
        if (count < 1 || statement.length < offset + 4L * (count + 1)) {
            return Optional.empty();
        }
        long[] relation = new long[count + 1];
        for (int i = 0; i <= count; i++) {
            relation[i] = u32(statement, offset + 4 * i);
        }
        return Optional.of(relation);
    }

    /** The same relation from the client's numbers, reduced mod q like the engine does. */
    static long[] reduced(ProofParameters p, java.util.List<Long> coefficients, long constant) {
        long[] relation = new long[coefficients.size() + 1];
        BigInteger q = BigInteger.valueOf(p.modulus());
        for (int i = 0; i < coefficients.size(); i++) {
            relation[i] = BigInteger.valueOf(coefficients.get(i)).mod(q).longValue();
        }
        relation[coefficients.size()] = BigInteger.valueOf(constant).mod(q).longValue();
        return relation;
    }

    private static int count(ProofParameters p, byte[] statement) {
        int offset = headerLength(p);
        if (statement.length < offset + 2) {
            return -1;
        }
        return ((statement[offset] & 0xFF) << 8) | (statement[offset + 1] & 0xFF);
    }

    private static int headerLength(ProofParameters p) {
        return 5 + p.id().getBytes(StandardCharsets.US_ASCII).length + FINGERPRINT_BYTES;
    }

    private static long u32(byte[] bytes, int offset) {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value = (value << 8) | (bytes[offset + i] & 0xFF);
        }
        return value;
    }
}
