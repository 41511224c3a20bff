package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.packing.ByteReader;
import io.nexuszero.crypto.engine.packing.ByteWriter;
import io.nexuszero.crypto.engine.packing.DecodingException;
import io.nexuszero.crypto.engine.proof.codec.ProofDecodeException;
import io.nexuszero.crypto.engine.ring.PolyVec;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The linear-relation statement (format 2): one BDLOP commitment to L values, laid out exactly as commitment-opening's
 * (t1 and the first L coefficients of t2), and the relation Σ a_i·v_i = b:
 * {@code header (kind 0x84) ‖ L (u16) ‖ a_0 … a_{L−1} (⌈log2 q⌉ bits each, < q) ‖ b (u32, < q) ‖ t1 (κ polys) ‖
 * t2 prefix (L values)}.
 */
final class LinearRelationStatement {

    static final ProofType TYPE = ProofType.LINEAR_RELATION;

    private LinearRelationStatement() {
    }

    /** A decoded statement: L, the relation, the commitment key for ⌈L/n⌉ message polynomials and the commitment. */
    record Decoded(int valueCount, LinearRelationProof.Relation relation, CommitmentKey key,
                   CommitmentKey.Commitment commitment) {
    }

    static byte[] encode(ProofParameters p, LinearRelationProof.Relation relation, CommitmentKey.Commitment commitment) {
        int count = relation.coefficients().length;
        ByteWriter out = new ByteWriter(length(p, count));
        EncodingHeader.write(out, TYPE.statementKind(), p);
        out.writeUint16BigEndian(count);
        out.writePacked(relation.coefficients(), p.modulusBits());
        out.writeUint32BigEndian(relation.constant());
        PolyCodec.writeModQ(out, commitment.t1(), p);
        PolyCodec.writeModQPrefix(out, commitment.t2(), count, p);
        return out.toByteArray();
    }

    static Decoded decode(ProofParameters p, byte[] statement) throws DecodingException {
        ByteReader in = new ByteReader(statement);
        int count = StatementPrefix.readCount(in, TYPE, p, LinearRelationProof.MAX_VALUES);
        LinearRelationProof.Relation relation = readRelation(in, count, p);
        int messagePolys = CommitmentOpeningProof.messagePolys(p, count);
        PolyVec t1 = PolyCodec.readModQ(in, p.rankK(), p);
        PolyVec t2 = PolyCodec.readModQPrefix(in, messagePolys, count, p);
        in.finish();
        return new Decoded(count, relation, CommitmentKey.expand(p, messagePolys), new CommitmentKey.Commitment(t1, t2));
    }

    /** The statement's value count and relation, if they read cleanly and its length fits that count. */
    static Optional<StatementFields> readFields(ProofParameters p, byte[] statement) {
        ByteReader in = new ByteReader(statement);
        OptionalInt count = StatementPrefix.consistentCount(in, statement.length, TYPE, p,
                LinearRelationProof.MAX_VALUES, l -> length(p, l));
        if (count.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StatementFields(count.getAsInt(),
                    Optional.of(readRelation(in, count.getAsInt(), p))));
        } catch (DecodingException e) {
            return Optional.empty();
        }
    }

    private static LinearRelationProof.Relation readRelation(ByteReader in, int count, ProofParameters p)
            throws DecodingException {
        int[] a = in.readPacked(count, p.modulusBits(), "relation coefficients");
        for (int v : a) {
            if (v >= p.modulus()) {
                throw new ProofDecodeException(ProofDecodeException.MALFORMED, "coefficient not below q");
            }
        }
        long b = in.readUint32BigEndian("relation constant");
        if (b >= p.modulus()) {
            throw new ProofDecodeException(ProofDecodeException.MALFORMED, "constant not below q");
        }
        return new LinearRelationProof.Relation(a, (int) b);
    }

    /** Exact statement length for L values. */
    static int length(ProofParameters p, int count) {
        return EncodingHeader.length(p) + 2 + PolyCodec.modQPrefixLength(p, count) + 4
                + PolyCodec.modQLength(p, p.rankK()) + PolyCodec.modQPrefixLength(p, count);
    }
}
