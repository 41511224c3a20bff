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
 * "commitment-opening": commits to L integers (1 ≤ L ≤ 4096, elements of Z_q) with a BDLOP commitment and proves
 * knowledge of an opening — the standard BDLOP opening proof, Fiat–Shamir with aborts:
 * y ← [−γ, γ]^{n(κ+ℓ+λ)}, w = A1·y, c̃ = H(μ ‖ w), c = SampleInBall_τ(c̃), z = y + c·r, restart unless
 * ‖z‖∞ ≤ γ − τη; the verifier checks H(μ ‖ A1·z − c·t1) = c̃. Two accepting transcripts with the same w yield
 * r̄ = z − z', c̄ = c − c' with A1·r̄ = c̄·t1 and ‖r̄‖∞ ≤ 2(γ − τη): a weak opening (see docs/CRYPTO.md).
 *
 * <p>Statement: header ‖ L (u16) ‖ t1 (κ polys) ‖ the first L coefficients of t2 (ℓ = ⌈L/n⌉ polys), mod-q values
 * at ⌈log2 q⌉ bits. Only those L coefficients of t2 are published, so the commitment holds exactly the L values the
 * API speaks of: message coefficient i is t2_i − (A2·r)_i for i &lt; L and nothing else is defined.
 * Proof: header ‖ c̃ (64) ‖ z (κ+ℓ+λ polys, B − z at ⌈log2(2B+1)⌉ bits).
 */
public final class CommitmentOpeningProof {

    static final ProofType TYPE = ProofType.COMMITMENT_OPENING;
    /** Largest number of committed integers. */
    public static final int MAX_VALUES = 4096;

    private CommitmentOpeningProof() {
    }

    /**
     * Largest L (≤ 4096) whose opening proof stays within the repetition cap ({@code Rejection.MAX_EXPECTED_ATTEMPTS}):
     * the masked vector has κ + ⌈L/n⌉ + λ polynomials, so the expected repetitions grow with ⌈L/n⌉.
     */
    public static int maxValues(ProofParameters p) {
        int polys = messagePolys(p, MAX_VALUES);
        while (polys > 0
                && ProofAttempts.expected(p, TYPE, polys * p.degree()) > Rejection.MAX_EXPECTED_ATTEMPTS) {
            polys--;
        }
        return Math.min(MAX_VALUES, polys * p.degree());
    }

    /**
     * Commits to {@code values} (each |v| < q, taken mod q) and proves knowledge of the opening under
     * {@code context}. The commitment randomness is wiped before returning.
     */
    public static ProofResult commitAndProve(ProofParameters p, long[] values, byte[] context, Randomness randomness) {
        checkCount(values.length);
        int[] reduced = CommittedValues.reduce(p, values);
        PolyVec message = CommitmentKey.messagePolynomials(p, reduced);
        Arrays.fill(reduced, 0);
        CommitmentKey key = CommitmentKey.expand(p, message.length());
        int budget = Rejection.attemptBudget(p, ProofAttempts.maskedPolynomials(p, TYPE, values.length));
        PolyVec r = Masking.shortVector(p, key.randomnessLength(), randomness);
        try {
            CommitmentKey.Commitment commitment = key.commit(message, r);
            byte[] statement = encodeStatement(p, values.length, commitment);
            byte[] mu = Transcript.statementDigest(TYPE, p, statement, context);
            for (int attempt = 1; attempt <= budget; attempt++) {
                PolyVec y = Masking.masks(p, key.randomnessLength(), randomness);
                byte[] seed = Transcript.challengeSeed(p, mu, key.a1Times(y, p.gamma()));
                SparseTernary c = ChallengeSampler.sampleSparse(p.ring(), p.challengeWeight(), seed);
                PolyVec cr = c.multiplyShort(r, p.eta());
                PolyVec z = y.add(cr);
                LweSecretProof.wipe(y, cr);
                if (Rejection.accepts(z, p)) {
                    ByteWriter out = new ByteWriter(proofLength(p, values.length));
                    EncodingHeader.write(out, TYPE.proofKind(), p);
                    out.writeBytes(seed);
                    PolyCodec.writeResponses(out, z, p);
                    return new ProofResult(statement, out.toByteArray(), attempt);
                }
                z.zeroize();
            }
            throw Rejection.exhausted();
        } finally {
            r.zeroize();
            message.zeroize();
        }
    }

    /** Verifies a proof against a statement; never throws on bad input (reason codes as in VerificationResult). */
    public static VerificationResult verify(ProofParameters p, byte[] statement, byte[] context, byte[] proof) {
        if (context.length > Transcript.MAX_CONTEXT_BYTES) {
            return VerificationResult.rejected(VerificationResult.CONTEXT_TOO_LONG);
        }
        Statement s;
        byte[] seed;
        PolyVec z;
        try {
            s = decodeStatement(p, statement);
            ByteReader in = new ByteReader(proof);
            EncodingHeader.read(in, TYPE.proofKind(), p);
            seed = in.readBytes(Transcript.DIGEST_BYTES, "challenge seed");
            z = PolyCodec.readResponses(in, s.key().randomnessLength(), p);
            in.finish();
        } catch (DecodingException e) {
            return VerificationResult.rejected(ProofDecodeException.reasonOf(e));
        }
        SparseTernary c = ChallengeSampler.sampleSparse(p.ring(), p.challengeWeight(), seed);
        PolyVec w = s.key().a1TimesMinusChallengeTimes(z, p.responseBound(), c, s.commitment().t1());
        byte[] mu = Transcript.statementDigest(TYPE, p, statement, context);
        return MessageDigest.isEqual(Transcript.challengeSeed(p, mu, w), seed)
                ? VerificationResult.ok()
                : VerificationResult.rejected(VerificationResult.CHALLENGE_MISMATCH);
    }

    /** A decoded statement: the number of values, the key for ⌈L/n⌉ message polynomials and the commitment. */
    record Statement(int valueCount, CommitmentKey key, CommitmentKey.Commitment commitment) {
    }

    static byte[] encodeStatement(ProofParameters p, int valueCount, CommitmentKey.Commitment commitment) {
        ByteWriter out = new ByteWriter(statementLength(p, valueCount));
        EncodingHeader.write(out, TYPE.statementKind(), p);
        out.writeUint16BigEndian(valueCount);
        PolyCodec.writeModQ(out, commitment.t1(), p);
        PolyCodec.writeModQPrefix(out, commitment.t2(), valueCount, p);
        return out.toByteArray();
    }

    static Statement decodeStatement(ProofParameters p, byte[] statement) throws DecodingException {
        ByteReader in = new ByteReader(statement);
        int count = StatementPrefix.readCount(in, TYPE, p, MAX_VALUES);
        int messagePolys = messagePolys(p, count);
        PolyVec t1 = PolyCodec.readModQ(in, p.rankK(), p);
        PolyVec t2 = PolyCodec.readModQPrefix(in, messagePolys, count, p);
        in.finish();
        return new Statement(count, CommitmentKey.expand(p, messagePolys), new CommitmentKey.Commitment(t1, t2));
    }

    /** The statement's value count, if its header reads cleanly and its length fits that count. */
    public static Optional<StatementFields> readFields(ProofParameters p, byte[] statement) {
        OptionalInt count = StatementPrefix.consistentCount(new ByteReader(statement), statement.length, TYPE, p,
                MAX_VALUES, l -> statementLength(p, l));
        return count.isEmpty() ? Optional.empty() : Optional.of(new StatementFields(count.getAsInt(), Optional.empty()));
    }

    static int messagePolys(ProofParameters p, int valueCount) {
        return (valueCount + p.degree() - 1) / p.degree();
    }

    /** Exact proof length for L committed values. */
    public static int proofLength(ProofParameters p, int valueCount) {
        checkCount(valueCount);
        return EncodingHeader.length(p) + Transcript.DIGEST_BYTES
                + PolyCodec.responseLength(p, p.rankK() + messagePolys(p, valueCount) + p.rankL());
    }

    /** Exact statement length for L committed values. */
    public static int statementLength(ProofParameters p, int valueCount) {
        checkCount(valueCount);
        return EncodingHeader.length(p) + 2 + PolyCodec.modQLength(p, p.rankK())
                + PolyCodec.modQPrefixLength(p, valueCount);
    }

    /** {@link #commitAndProve(ProofParameters, long[], byte[], Randomness)} for a named parameter set. */
    public static ProofResult commitAndProve(ParameterSet set, long[] values, byte[] context, Randomness randomness) {
        return commitAndProve(ProofParameters.of(set), values, context, randomness);
    }

    /** {@link #verify(ProofParameters, byte[], byte[], byte[])} for a named parameter set. */
    public static VerificationResult verify(ParameterSet set, byte[] statement, byte[] context, byte[] proof) {
        return verify(ProofParameters.of(set), statement, context, proof);
    }

    private static void checkCount(int count) {
        if (count < 1 || count > MAX_VALUES) {
            throw new IllegalArgumentException("the number of committed values must be in [1, " + MAX_VALUES + "]");
        }
    }
}
