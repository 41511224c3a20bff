package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.packing.DecodingException;
import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.proof.codec.ProofDecodeException;
import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.SparseTernary;
import io.nexuszero.crypto.engine.sampling.ChallengeSampler;
import io.nexuszero.crypto.engine.sampling.Randomness;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * "range": BDLOP commitments to the bits of L integers (1 ≤ L ≤ {@link #maxValues}), one per chunk of at most
 * {@link #chunkValues} values ({@link RangeChunks}), and a proof that each lies in its public bounds [min, max] (max − min &lt; 2^64), revealing nothing else. Value i is min_i + Σ_j w_j·β_j with
 * the weights of {@link RangeBounds} (subset sums exactly [0, max_i − min_i]), so it suffices to prove every bit
 * β ∈ {0, 1} and every unused bit slot 0 — coefficient-wise quadratic equations, reduced to ring equations by a
 * Schwartz–Zippel step (α-weighted product vectors û_t committed after α) and the constant-coefficient technique
 * with garbage (Esgin–Nguyen–Seiler 2020, Lyubashevsky–Nguyen–Seiler 2021), and proven with one Fiat–Shamir-with-
 * aborts opening whose check is quadratic in the challenge (LNS21's product proof). docs/CRYPTO.md, section 4, has
 * the protocol, the soundness argument (error q^-R + (2/q)^r + 2/|C| per query) and the zero-knowledge argument. Every
 * chunk runs the protocol on its own commitment, its transcript started from μ (which binds the whole statement) and
 * the chunk's index.
 */
public final class RangeProof {

    static final ProofType TYPE = ProofType.RANGE;
    /** Largest value count a statement may carry (the encoding's cap; {@link #maxValues} is the provable one). */
    public static final int MAX_VALUES = CommitmentOpeningProof.MAX_VALUES;

    private RangeProof() {
    }

    /**
     * Most values provable at {@code p}: the encoding's cap, {@link #MAX_VALUES}, split into chunks
     * ({@link RangeChunks}); 0 if the parameters cannot prove a chunk of even one value.
     */
    public static int maxValues(ProofParameters p) {
        return RangeChunks.chunkValues(p) < 1 ? 0 : MAX_VALUES;
    }

    /** Values per chunk at {@code p} (each chunk has its own commitment and its own rejection loop). */
    public static int chunkValues(ProofParameters p) {
        return RangeChunks.chunkValues(p);
    }

    /** Polynomials one prover attempt masks over {@code values} values: those of its first (largest) chunk. */
    public static long maskedPolynomials(ProofParameters p, int values) {
        return RangeChunks.sizing(p, values).maskedPolynomialsPerAttempt(p);
    }

    /** Expected prover attempts over {@code values} values: the sum of the chunks' independent loops. */
    public static double expectedAttempts(ProofParameters p, int values) {
        return RangeChunks.sizing(p, values).expectedAttempts(p);
    }

    static CommitmentKey statementKey(ProofParameters p, RangeLayout layout) {
        return CommitmentKey.expand(p, layout.bitPolys());
    }

    static CommitmentKey auxiliaryKey(ProofParameters p, RangeLayout layout) {
        return CommitmentKey.expand(p, layout.auxiliarySlots());
    }

    /**
     * Commits to the values' bits and proves each value lies in its bounds.
     *
     * @throws ValueOutOfRangeException if a value is outside its bounds (names the position only)
     * @throws IllegalArgumentException if the bounds do not fit the values or L is outside [1, {@link #maxValues}]
     */
    public static ProofResult commitAndProve(ProofParameters p, BigInteger[] values, RangeBounds bounds,
                                             byte[] context, Randomness randomness) {
        int count = values.length;
        if (count < 1 || count > maxValues(p)) {
            throw new IllegalArgumentException("the number of values must be in [1, " + maxValues(p) + "]");
        }
        if (!bounds.fits(count)) {
            throw new IllegalArgumentException("need one pair of bounds, or one per value");
        }
        if (context.length > Transcript.MAX_CONTEXT_BYTES) {
            throw new IllegalArgumentException("context longer than " + Transcript.MAX_CONTEXT_BYTES + " bytes");
        }
        for (int i = 0; i < count; i++) {
            BigInteger offset = values[i].subtract(bounds.minOf(i));
            if (offset.signum() < 0 || offset.compareTo(bounds.width(i)) > 0) {
                throw new ValueOutOfRangeException(i);
            }
        }
        RangeChunks chunks = RangeChunks.of(p, count);
        RangeProver[] provers = new RangeProver[chunks.count()];
        try {
            List<CommitmentKey.Commitment> commitments = new ArrayList<>(provers.length);
            for (int j = 0; j < provers.length; j++) {
                provers[j] = commitChunk(p, chunks, j, values, bounds, randomness);
                commitments.add(provers[j].commitment());
            }
            byte[] statement = RangeStatement.encode(p, count, bounds, commitments);
            byte[] mu = Transcript.statementDigest(TYPE, p, statement, context);
            List<RangeEncoding.Proof> bodies = new ArrayList<>(provers.length);
            int attempts = 0;
            for (int j = 0; j < provers.length; j++) {
                RangeProver prover = provers[j];
                prover.bind(statement, RangeChunks.transcriptStart(mu, j));
                prover.commitGarbage(randomness);
                RangeProver.Opened opened = prover.openChunk(prover.commitProducts(prover.honestProducts()),
                        randomness, null);
                bodies.add(opened.proof());
                attempts += opened.attempts();
                prover.close(); // wipe this chunk's secrets now, not after the last chunk; finally covers failures
            }
            return new ProofResult(statement, RangeEncoding.encode(p, chunks.layouts(p), bodies), attempts);
        } finally {
            for (RangeProver prover : provers) {
                if (prover != null) {
                    prover.close();
                }
            }
        }
    }

    /** Commits to chunk j's bits (its values are in their bounds: the caller checked). */
    private static RangeProver commitChunk(ProofParameters p, RangeChunks chunks, int chunk, BigInteger[] values,
                                           RangeBounds bounds, Randomness randomness) {
        int first = chunks.first(chunk);
        int size = chunks.size(chunk);
        RangeBounds chunkBounds = chunks.bounds(bounds, chunk);
        int[] positions = new int[RangeLayout.SLOTS_PER_VALUE * size];
        try {
            for (int i = 0; i < size; i++) {
                int[] bits = chunkBounds.decompose(i, values[first + i].subtract(chunkBounds.minOf(i)));
                System.arraycopy(bits, 0, positions, RangeLayout.SLOTS_PER_VALUE * i, bits.length);
                Arrays.fill(bits, 0);
            }
            return RangeProver.commitChunk(p, chunkBounds, size, positions, randomness);
        } finally {
            Arrays.fill(positions, 0);
        }
    }

    /** Verifies a proof against a statement; never throws on bad input (reason codes as in VerificationResult). */
    public static VerificationResult verify(ProofParameters p, byte[] statement, byte[] context, byte[] proof) {
        if (context.length > Transcript.MAX_CONTEXT_BYTES) {
            return VerificationResult.rejected(VerificationResult.CONTEXT_TOO_LONG);
        }
        RangeStatement.Decoded s;
        List<RangeEncoding.Proof> bodies;
        List<RangeLayout> layouts;
        try {
            s = RangeStatement.decode(p, statement);
            layouts = s.chunks().layouts(p);
            bodies = RangeEncoding.decode(p, layouts, proof);
        } catch (DecodingException e) {
            return VerificationResult.rejected(ProofDecodeException.reasonOf(e));
        }
        byte[] mu = Transcript.statementDigest(TYPE, p, statement, context);
        for (int j = 0; j < bodies.size(); j++) {
            RangeLayout layout = layouts.get(j);
            int[] targets = layout.targets(s.chunks().bounds(s.bounds(), j));
            if (!verifyChunk(p, layout, targets, s.commitments().get(j), RangeChunks.transcriptStart(mu, j),
                    bodies.get(j))) {
                return VerificationResult.rejected(VerificationResult.CHALLENGE_MISMATCH);
            }
        }
        return VerificationResult.ok();
    }

    /** One chunk's four rounds replayed: true iff the recomputed challenge seed is the proof's. */
    private static boolean verifyChunk(ProofParameters p, RangeLayout layout, int[] targets,
                                       CommitmentKey.Commitment commitment, byte[] start, RangeEncoding.Proof pi) {
        CommitmentKey key = statementKey(p, layout);
        CommitmentKey auxiliaryKey = auxiliaryKey(p, layout);
        int rows = layout.rows();
        PolyVec t2a = pi.auxiliary().t2();
        byte[] rho1 = Transcript.challengeSeed(p, start, pi.auxiliary().t1(), layout.garbageSlots(t2a));
        int[][] alpha = RangeEquations.alphas(p, layout, rho1);
        byte[] rho2 = Transcript.challengeSeed(p, rho1, layout.productSlots(t2a));
        RangeEquations equations = RangeEquations.derive(p, layout, targets, alpha, rho2);
        SparseTernary c = ChallengeSampler.sampleSparse(p.ring(), p.challengeWeight(), pi.seed());
        long bound = p.responseBound();
        PolyVec w = key.a1TimesMinusChallengeTimes(pi.z(), bound, c, commitment.t1());
        PolyVec auxiliaryW = auxiliaryKey.a1TimesMinusChallengeTimes(pi.auxiliaryZ(), bound, c, pi.auxiliary().t1());
        // F = A2·z − c·t2 = A2·y − c·m for every message slot
        PolyVec fs = key.a2TimesMinusChallengeTimes(pi.z(), bound, c, commitment.t2()).toNtt();
        PolyVec fa = auxiliaryKey.a2TimesMinusChallengeTimes(pi.auxiliaryZ(), bound, c, t2a).toNtt();
        Poly[] v = new Poly[rows];
        for (int k = 0; k < rows; k++) {
            v[k] = equations.check(k, c, fs, fa, pi.h().get(k));
        }
        byte[] expected = Transcript.challengeSeed(p, rho2, pi.h(), w, auxiliaryW,
                layout.linearGarbageSlots(t2a), PolyVec.of(v));
        return MessageDigest.isEqual(expected, pi.seed());
    }

    /** The statement's value count and bounds, if they read cleanly and its length fits them. */
    public static Optional<StatementFields> readFields(ProofParameters p, byte[] statement) {
        return RangeStatement.readFields(p, statement);
    }

    /** Exact proof length for L values. */
    public static int proofLength(ProofParameters p, int valueCount) {
        checkCount(valueCount);
        return RangeEncoding.length(p, RangeChunks.sizing(p, valueCount).layouts(p));
    }

    /** Exact statement length for L values with one shared pair of bounds (per-value pairs add 32 bytes each). */
    public static int statementLength(ProofParameters p, int valueCount, boolean sharedBounds) {
        checkCount(valueCount);
        return RangeStatement.length(p, valueCount, sharedBounds);
    }

    /** {@link #commitAndProve(ProofParameters, BigInteger[], RangeBounds, byte[], Randomness)} for a named set. */
    public static ProofResult commitAndProve(ParameterSet set, BigInteger[] values, RangeBounds bounds, byte[] context,
                                             Randomness randomness) {
        return commitAndProve(ProofParameters.of(set), values, bounds, context, randomness);
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

    /** A witness value outside its bounds; the message names the position, never the value. */
    public static final class ValueOutOfRangeException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;
        private final int position;

        ValueOutOfRangeException(int position) {
            super("value " + position + " is outside its bounds");
            this.position = position;
        }

        public int position() {
            return position;
        }
    }
}
