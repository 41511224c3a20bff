package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.packing.ByteReader;
import io.nexuszero.crypto.engine.packing.ByteWriter;
import io.nexuszero.crypto.engine.packing.DecodingException;
import io.nexuszero.crypto.engine.proof.codec.ProofDecodeException;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.SparseTernary;
import io.nexuszero.crypto.engine.sampling.ChallengeSampler;
import io.nexuszero.crypto.engine.sampling.Randomness;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * "linear-relation": BDLOP commitments (t1_i, t2_i) to values m_1 … m_j (one commitment each, ℓ = 1, message = the
 * constant polynomial m_i) and a proof that Σ a_i·m_i = b (mod q) for public a_i, b, revealing nothing else.
 *
 * <p>Since t2_i = A2·r_i + m_i, the relation is equivalent to A2·(Σ a_i r_i) = Σ a_i t2_i − b. Prover: masks y_i,
 * w_i = A1·y_i, w' = A2·(Σ a_i y_i); one challenge c from H(μ ‖ w_1 ‖ … ‖ w_j ‖ w'); z_i = y_i + c·r_i; restart
 * unless every ‖z_i‖∞ ≤ γ − τη. Verifier: H(μ ‖ (A1·z_i − c·t1_i)_i ‖ A2·(Σ a_i z_i) − c·(Σ a_i t2_i − b)) = c̃.
 * Σ a_i z_i is never norm-checked (a_i are arbitrary mod q, so it is not short); the relation is checked in R_q.
 *
 * <p>Statement: header ‖ j (u16) ‖ a_1 … a_j (u32 each, &lt; q) ‖ b (u32, &lt; q) ‖ (t1_i ‖ t2_i) for each i.
 * Proof: header ‖ c̃ (64) ‖ z_1 … z_j (κ+1+λ polys each).
 */
public final class LinearRelationProof {

    static final ProofType TYPE = ProofType.LINEAR_RELATION;
    /** Hard cap on the number of committed values (the expected-repetition cap usually binds first). */
    public static final int MAX_VALUES = 64;

    private LinearRelationProof() {
    }

    /**
     * Largest j for which the rejection loop over all z_i stays within the repetition cap
     * ({@code Rejection.MAX_EXPECTED_ATTEMPTS}) — the expected repetitions are exponential in j.
     */
    public static int maxValues(ProofParameters p) {
        int j = 0;
        while (j < MAX_VALUES && ProofAttempts.expected(p, TYPE, j + 1) <= Rejection.MAX_EXPECTED_ATTEMPTS) {
            j++;
        }
        return j;
    }

    /**
     * Commits to each value and proves Σ coefficients[i]·values[i] = constant (mod q).
     *
     * @throws IllegalArgumentException if the values do not satisfy the relation, the counts differ, or j exceeds
     *                                  {@link #maxValues}
     */
    public static ProofResult commitAndProve(ProofParameters p, long[] values, long[] coefficients, long constant,
                                             byte[] context, Randomness randomness) {
        int j = values.length;
        if (j < 1 || j != coefficients.length) {
            throw new IllegalArgumentException("need as many coefficients as values (at least one)");
        }
        if (j > maxValues(p)) {
            throw new IllegalArgumentException("at most " + maxValues(p) + " values for this parameter set");
        }
        Relation relation = Relation.of(p, coefficients, constant);
        int[] m = CommittedValues.reduce(p, values);
        if (!relation.holdsFor(p, m)) {
            throw new IllegalArgumentException("the values do not satisfy the relation");
        }
        CommitmentKey key = CommitmentKey.expand(p, 1);
        int width = key.randomnessLength();
        int budget = Rejection.attemptBudget(p, ProofAttempts.maskedPolynomials(p, TYPE, j));
        PolyVec[] r = new PolyVec[j];
        CommitmentKey.Commitment[] commitments = new CommitmentKey.Commitment[j];
        try {
            for (int i = 0; i < j; i++) {
                r[i] = Masking.shortVector(p, width, randomness);
                PolyVec message = CommitmentKey.messagePolynomials(p, new int[] {m[i]});
                commitments[i] = key.commit(message, r[i]);
                message.zeroize();
            }
            Arrays.fill(m, 0);
            byte[] statement = encodeStatement(p, relation, commitments);
            byte[] mu = Transcript.statementDigest(TYPE, p, statement, context);
            for (int attempt = 1; attempt <= budget; attempt++) {
                PolyVec[] y = new PolyVec[j];
                PolyVec[] w = new PolyVec[j + 1];
                for (int i = 0; i < j; i++) {
                    y[i] = Masking.masks(p, width, randomness);
                    w[i] = key.a1Times(y[i], p.gamma());
                }
                w[j] = relation.combine(a2Times(key, y, p.gamma())); // A2 is linear: Σ a_i·(A2·y_i), short products
                byte[] seed = Transcript.challengeSeed(p, mu, w);
                SparseTernary c = ChallengeSampler.sampleSparse(p.ring(), p.challengeWeight(), seed);
                PolyVec[] z = new PolyVec[j];
                boolean accepted = true;
                for (int i = 0; i < j; i++) {
                    PolyVec cr = c.multiplyShort(r[i], p.eta());
                    z[i] = y[i].add(cr);
                    LweSecretProof.wipe(y[i], cr);
                    accepted &= Rejection.accepts(z[i], p);
                }
                if (accepted) {
                    ByteWriter out = new ByteWriter(proofLength(p, j));
                    EncodingHeader.write(out, TYPE.proofKind(), p);
                    out.writeBytes(seed);
                    for (PolyVec zi : z) {
                        PolyCodec.writeResponses(out, zi, p);
                    }
                    return new ProofResult(statement, out.toByteArray(), attempt);
                }
                LweSecretProof.wipe(z);
            }
            throw Rejection.exhausted();
        } finally {
            Arrays.fill(m, 0);
            for (int i = 0; i < j; i++) {
                if (r[i] != null) {
                    r[i].zeroize();
                }
            }
        }
    }

    /** Verifies a proof against a statement; never throws on bad input (reason codes as in VerificationResult). */
    public static VerificationResult verify(ProofParameters p, byte[] statement, byte[] context, byte[] proof) {
        if (context.length > Transcript.MAX_CONTEXT_BYTES) {
            return VerificationResult.rejected(VerificationResult.CONTEXT_TOO_LONG);
        }
        Statement s;
        byte[] seed;
        PolyVec[] z;
        CommitmentKey key = CommitmentKey.expand(p, 1);
        try {
            s = decodeStatement(p, statement);
            ByteReader in = new ByteReader(proof);
            EncodingHeader.read(in, TYPE.proofKind(), p);
            seed = in.readBytes(Transcript.DIGEST_BYTES, "challenge seed");
            z = new PolyVec[s.commitments().length];
            for (int i = 0; i < z.length; i++) {
                z[i] = PolyCodec.readResponses(in, key.randomnessLength(), p);
            }
            in.finish();
        } catch (DecodingException e) {
            return VerificationResult.rejected(ProofDecodeException.reasonOf(e));
        }
        int j = z.length;
        SparseTernary c = ChallengeSampler.sampleSparse(p.ring(), p.challengeWeight(), seed);
        PolyVec[] w = new PolyVec[j + 1];
        PolyVec[] t2 = new PolyVec[j];
        for (int i = 0; i < j; i++) {
            w[i] = key.a1TimesMinusChallengeTimes(z[i], p.responseBound(), c, s.commitments()[i].t1());
            t2[i] = s.commitments()[i].t2();
        }
        PolyVec shiftedTarget = s.relation().combine(t2).subtract(constantVector(p, s.relation().constant()));
        w[j] = s.relation().combine(a2Times(key, z, p.responseBound())).subtract(c.multiply(shiftedTarget));
        byte[] mu = Transcript.statementDigest(TYPE, p, statement, context);
        return MessageDigest.isEqual(Transcript.challengeSeed(p, mu, w), seed)
                ? VerificationResult.ok()
                : VerificationResult.rejected(VerificationResult.CHALLENGE_MISMATCH);
    }

    private static PolyVec[] a2Times(CommitmentKey key, PolyVec[] shortVectors, long bound) {
        PolyVec[] out = new PolyVec[shortVectors.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = key.a2Times(shortVectors[i], bound);
        }
        return out;
    }

    private static PolyVec constantVector(ProofParameters p, int constant) {
        return CommitmentKey.messagePolynomials(p, new int[] {constant});
    }

    /** The public relation: coefficients a_i and constant b, reduced to [0, q). Equal when their numbers are. */
    public record Relation(int[] coefficients, int constant) {

        /** The relation with every number reduced mod q, as the statement encodes it. */
        public static Relation of(ProofParameters p, long[] coefficients, long constant) {
            int[] a = new int[coefficients.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = p.ring().reduce(coefficients[i]);
            }
            return new Relation(a, p.ring().reduce(constant));
        }

        boolean holdsFor(ProofParameters p, int[] values) {
            long sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum = (sum + (long) coefficients[i] * values[i]) % p.modulus();
            }
            return sum == constant;
        }

        /** Σ a_i·v_i in R_q (all vectors the same length, coefficient domain). */
        PolyVec combine(PolyVec[] vectors) {
            PolyVec sum = vectors[0].multiplyScalar(coefficients[0]);
            for (int i = 1; i < vectors.length; i++) {
                sum = sum.add(vectors[i].multiplyScalar(coefficients[i]));
            }
            return sum;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Relation r && r.constant == constant && Arrays.equals(r.coefficients, coefficients);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(coefficients) + constant;
        }

        @Override
        public String toString() {
            return "Relation[coefficients=" + Arrays.toString(coefficients) + ", constant=" + constant + "]";
        }
    }

    /** A decoded statement: the relation and the j commitments. */
    record Statement(Relation relation, CommitmentKey.Commitment[] commitments) {
    }

    static byte[] encodeStatement(ProofParameters p, Relation relation, CommitmentKey.Commitment[] commitments) {
        ByteWriter out = new ByteWriter(statementLength(p, commitments.length));
        EncodingHeader.write(out, TYPE.statementKind(), p);
        out.writeUint16BigEndian(commitments.length);
        for (int a : relation.coefficients()) {
            out.writeUint32BigEndian(a);
        }
        out.writeUint32BigEndian(relation.constant());
        for (CommitmentKey.Commitment commitment : commitments) {
            PolyCodec.writeModQ(out, commitment.t1(), p);
            PolyCodec.writeModQ(out, commitment.t2(), p);
        }
        return out.toByteArray();
    }

    static Statement decodeStatement(ProofParameters p, byte[] statement) throws DecodingException {
        ByteReader in = new ByteReader(statement);
        int j = StatementPrefix.readCount(in, TYPE, p, MAX_VALUES);
        Relation relation = readRelation(in, j, p);
        CommitmentKey.Commitment[] commitments = new CommitmentKey.Commitment[j];
        for (int i = 0; i < j; i++) {
            commitments[i] = new CommitmentKey.Commitment(PolyCodec.readModQ(in, p.rankK(), p),
                    PolyCodec.readModQ(in, 1, p));
        }
        in.finish();
        return new Statement(relation, commitments);
    }

    /** The statement's value count and relation, if they read cleanly and its length fits that count. */
    public static Optional<StatementFields> readFields(ProofParameters p, byte[] statement) {
        ByteReader in = new ByteReader(statement);
        OptionalInt count = StatementPrefix.consistentCount(in, statement.length, TYPE, p, MAX_VALUES,
                j -> statementLength(p, j));
        if (count.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StatementFields(count.getAsInt(), Optional.of(readRelation(in, count.getAsInt(), p))));
        } catch (DecodingException e) {
            return Optional.empty();
        }
    }

    /** a_1 … a_j and b, each a u32 below q. */
    private static Relation readRelation(ByteReader in, int j, ProofParameters p) throws DecodingException {
        int[] a = new int[j];
        for (int i = 0; i < j; i++) {
            a[i] = modQ(in.readUint32BigEndian("relation coefficient"), p);
        }
        return new Relation(a, modQ(in.readUint32BigEndian("relation constant"), p));
    }

    private static int modQ(long value, ProofParameters p) throws ProofDecodeException {
        if (value >= p.modulus()) {
            throw new ProofDecodeException(ProofDecodeException.MALFORMED, "coefficient not below q");
        }
        return (int) value;
    }

    /** Exact proof length for j values. */
    public static int proofLength(ProofParameters p, int valueCount) {
        checkCount(valueCount);
        return EncodingHeader.length(p) + Transcript.DIGEST_BYTES
                + valueCount * PolyCodec.responseLength(p, p.rankK() + 1 + p.rankL());
    }

    /** Exact statement length for j values. */
    public static int statementLength(ProofParameters p, int valueCount) {
        checkCount(valueCount);
        return EncodingHeader.length(p) + 2 + 4 * (valueCount + 1)
                + valueCount * PolyCodec.modQLength(p, p.rankK() + 1);
    }

    /** {@link #commitAndProve(ProofParameters, long[], long[], long, byte[], Randomness)} for a named set. */
    public static ProofResult commitAndProve(ParameterSet set, long[] values, long[] coefficients, long constant,
                                             byte[] context, Randomness randomness) {
        return commitAndProve(ProofParameters.of(set), values, coefficients, constant, context, randomness);
    }

    /** {@link #verify(ProofParameters, byte[], byte[], byte[])} for a named parameter set. */
    public static VerificationResult verify(ParameterSet set, byte[] statement, byte[] context, byte[] proof) {
        return verify(ProofParameters.of(set), statement, context, proof);
    }

    private static void checkCount(int count) {
        if (count < 1 || count > MAX_VALUES) {
            throw new IllegalArgumentException("the number of values must be in [1, " + MAX_VALUES + "]");
        }
    }
}
