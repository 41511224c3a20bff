package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.params.Soundness;
import io.nexuszero.crypto.engine.packing.DecodingException;
import io.nexuszero.crypto.engine.proof.codec.ProofDecodeException;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.SparseTernary;
import io.nexuszero.crypto.engine.sampling.ChallengeSampler;
import io.nexuszero.crypto.engine.sampling.Randomness;
import io.nexuszero.crypto.engine.sampling.UniformSampler;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

/**
 * "linear-relation" (format 2): one BDLOP commitment to L values (1 ≤ L ≤ 4096, laid out as commitment-opening's)
 * and a proof that Σ a_i·v_i = b (mod q), revealing nothing else — the constant-coefficient technique of
 * Esgin–Nguyen–Seiler (ASIACRYPT 2020) and Lyubashevsky–Nguyen–Seiler (PKC 2021), amplified to r garbage
 * polynomials: with f(m) = Σ_j σ_{-1}(A_j)·m_j ({@link InnerProductMap}), the relation is ct(f(m) − b) = 0; the
 * prover commits to garbage g_k with ct(g_k) = 0, receives μ_k ∈ Z_q and sends h_k = g_k + μ_k·(f(m) − b), whose
 * constant coefficient must be 0, and proves with one Fiat–Shamir-with-aborts opening of both commitments that h
 * is tied to the committed messages ({@link LinearRelationEquations}). A false relation passes round 2 with
 * probability q^-r per query ({@link #garbagePolys}); the proof size grows only with ⌈L/n⌉. docs/CRYPTO.md has the
 * argument. Format 1 (one commitment per value, kind 0x03) is retired: its encodings decode as
 * {@code unsupported_format}.
 */
public final class LinearRelationProof {

    static final ProofType TYPE = ProofType.LINEAR_RELATION;
    /** Largest number of committed values (as commitment-opening). */
    public static final int MAX_VALUES = CommitmentOpeningProof.MAX_VALUES;

    private LinearRelationProof() {
    }

    /** r = ⌈log2|C| / log2 q⌉ garbage polynomials ({@link Soundness#relationRepetitions}). */
    public static int garbagePolys(ProofParameters p) {
        return Soundness.relationRepetitions(p.degree(), p.challengeWeight(), p.modulus());
    }

    /** The round-2 scalars μ_1 … μ_r: uniform in Z_q by rejection from SHAKE-128(ρ). */
    static int[] scalars(ProofParameters p, byte[] rho) {
        return UniformSampler.uniformValues(p.modulus(), garbagePolys(p), rho);
    }

    /**
     * The masks of the rejection loop for L values ({@link LoopMasking}): discrete Gaussian where that needs fewer
     * expected attempts than uniform masks (every preset), uniform otherwise. One loop masks both randomness vectors.
     */
    static LoopMasking masking(ProofParameters p, int values) {
        return LoopMasking.of(p, ProofAttempts.maskedPolynomials(p, TYPE, values));
    }

    /**
     * Largest L (≤ 4096) whose proof stays within the repetition cap: the masked vectors have
     * (κ + ⌈L/n⌉ + λ) + (κ + r + λ) polynomials.
     */
    public static int maxValues(ProofParameters p) {
        int polys = CommitmentOpeningProof.messagePolys(p, MAX_VALUES);
        while (polys > 0 && ProofAttempts.expected(p, TYPE, polys * p.degree()) > Rejection.MAX_EXPECTED_ATTEMPTS) {
            polys--;
        }
        return Math.min(MAX_VALUES, polys * p.degree());
    }

    /**
     * Commits to the values (each |v| &lt; q) and proves Σ coefficients[i]·values[i] = constant (mod q).
     *
     * @throws IllegalArgumentException if the values do not satisfy the relation, the counts differ, or L is outside
     *                                  [1, {@link #maxValues}]
     */
    public static ProofResult commitAndProve(ProofParameters p, long[] values, long[] coefficients, long constant,
                                             byte[] context, Randomness randomness) {
        int count = values.length;
        if (count < 1 || count != coefficients.length) {
            throw new IllegalArgumentException("need as many coefficients as values (at least one)");
        }
        if (count > maxValues(p)) {
            throw new IllegalArgumentException("at most " + maxValues(p) + " values for this parameter set");
        }
        if (context.length > Transcript.MAX_CONTEXT_BYTES) {
            throw new IllegalArgumentException("context longer than " + Transcript.MAX_CONTEXT_BYTES + " bytes");
        }
        Relation relation = Relation.of(p, coefficients, constant);
        int[] m = CommittedValues.reduce(p, values);
        try {
            if (!relation.holdsFor(p, m)) {
                throw new IllegalArgumentException("the values do not satisfy the relation");
            }
            try (LinearRelationProver prover = LinearRelationProver.commit(p, relation, m, randomness)) {
                Arrays.fill(m, 0);
                prover.commitGarbage(randomness);
                return prover.open(prover.scalars(context), randomness);
            }
        } finally {
            Arrays.fill(m, 0);
        }
    }

    /** Verifies a proof against a statement; never throws on bad input (reason codes as in VerificationResult). */
    public static VerificationResult verify(ProofParameters p, byte[] statement, byte[] context, byte[] proof) {
        if (context.length > Transcript.MAX_CONTEXT_BYTES) {
            return VerificationResult.rejected(VerificationResult.CONTEXT_TOO_LONG);
        }
        LinearRelationStatement.Decoded s;
        LinearRelationEncoding.Proof pi;
        try {
            s = LinearRelationStatement.decode(p, statement);
            pi = LinearRelationEncoding.decode(p, s.valueCount(), proof);
        } catch (DecodingException e) {
            return VerificationResult.rejected(ProofDecodeException.reasonOf(e));
        }
        LinearRelationEquations equations = new LinearRelationEquations(s.key(),
                CommitmentKey.expand(p, garbagePolys(p)),
                InnerProductMap.of(p.ring(), s.relation().coefficients(), s.key().messagePolys()));
        byte[] mu = Transcript.statementDigest(TYPE, p, statement, context);
        byte[] rho = Transcript.challengeSeed(p, mu, pi.garbage().t1(), pi.garbage().t2());
        int[] scalars = scalars(p, rho);
        SparseTernary c = ChallengeSampler.sampleSparse(p.ring(), p.challengeWeight(), pi.seed());
        long bound = p.responseBound();
        PolyVec w = s.key().a1TimesMinusChallengeTimes(pi.z(), bound, c, s.commitment().t1());
        PolyVec garbageW = equations.garbageKey().a1TimesMinusChallengeTimes(pi.garbageZ(), bound, c,
                pi.garbage().t1());
        PolyVec publicPart = equations.publicPart(s.commitment().t2(), s.relation().constant(), pi.garbage().t2(),
                pi.h(), scalars);
        PolyVec v = equations.recomputed(pi.z(), pi.garbageZ(), scalars, bound, c, publicPart);
        return MessageDigest.isEqual(Transcript.challengeSeed(p, rho, pi.h(), w, garbageW, v), pi.seed())
                ? VerificationResult.ok()
                : VerificationResult.rejected(VerificationResult.CHALLENGE_MISMATCH);
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

    /** The statement's value count and relation, if they read cleanly and its length fits that count. */
    public static Optional<StatementFields> readFields(ProofParameters p, byte[] statement) {
        return LinearRelationStatement.readFields(p, statement);
    }

    /** Exact proof length for L values. */
    public static int proofLength(ProofParameters p, int valueCount) {
        checkCount(valueCount);
        return LinearRelationEncoding.length(p, valueCount);
    }

    /** Exact statement length for L values. */
    public static int statementLength(ProofParameters p, int valueCount) {
        checkCount(valueCount);
        return LinearRelationStatement.length(p, valueCount);
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
