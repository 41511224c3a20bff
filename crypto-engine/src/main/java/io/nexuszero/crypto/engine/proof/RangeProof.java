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
import java.util.Arrays;
import java.util.Optional;

/**
 * "range": one BDLOP commitment to the bits of L integers (1 ≤ L ≤ {@link #maxValues}) and a proof that each lies in
 * its public bounds [min, max] (max − min &lt; 2^64), revealing nothing else. Value i is min_i + Σ_j w_j·β_j with
 * the weights of {@link RangeBounds} (subset sums exactly [0, max_i − min_i]), so it suffices to prove every bit
 * β ∈ {0, 1} and every unused bit slot 0 — coefficient-wise quadratic equations, reduced to ring equations by a
 * Schwartz–Zippel step (α-weighted product vectors û_t committed after α) and the constant-coefficient technique
 * with garbage (Esgin–Nguyen–Seiler 2020, Lyubashevsky–Nguyen–Seiler 2021), and proven with one Fiat–Shamir-with-
 * aborts opening whose check is quadratic in the challenge (LNS21's product proof). docs/CRYPTO.md, section 4, has
 * the protocol, the soundness argument (error q^-R + q^-r + 2/|C| per query) and the zero-knowledge argument.
 */
public final class RangeProof {

    static final ProofType TYPE = ProofType.RANGE;
    /** Largest value count a statement may carry (the encoding's cap; {@link #maxValues} is the provable one). */
    public static final int MAX_VALUES = CommitmentOpeningProof.MAX_VALUES;

    private RangeProof() {
    }

    /**
     * Most values provable at {@code p}: the auxiliary commitment must fit {@link CommitmentKey#MAX_MESSAGE_POLYS}
     * slots and the expected repetitions must stay within the cap ({@link Rejection#MAX_EXPECTED_ATTEMPTS}). The
     * masked polynomials grow by (R + 1) per four values, so this is far below the encoding's cap.
     */
    public static int maxValues(ProofParameters p) {
        int best = 0;
        for (int count = 1; count <= MAX_VALUES; count++) {
            RangeLayout layout = RangeLayout.of(p, count);
            if (layout.auxiliarySlots() > CommitmentKey.MAX_MESSAGE_POLYS
                    || !(p.expectedAttempts(maskedPolynomials(p, layout)) <= Rejection.MAX_EXPECTED_ATTEMPTS)) {
                break;
            }
            best = count;
        }
        return best;
    }

    /** (κ + ℓ_s + λ) + (κ + 2r + R·ℓ_s + λ): both randomness vectors are masked in every attempt. */
    static long maskedPolynomials(ProofParameters p, RangeLayout layout) {
        return RangeEncoding.statementRandomness(p, layout) + RangeEncoding.auxiliaryRandomness(p, layout);
    }

    /** Masked polynomials of a proof over {@code values} values. */
    public static long maskedPolynomials(ProofParameters p, int values) {
        return maskedPolynomials(p, RangeLayout.of(p, values));
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
        int[] positions = new int[RangeLayout.SLOTS_PER_VALUE * count];
        try {
            for (int i = 0; i < count; i++) {
                BigInteger offset = values[i].subtract(bounds.minOf(i));
                if (offset.signum() < 0 || offset.compareTo(bounds.width(i)) > 0) {
                    throw new ValueOutOfRangeException(i);
                }
                int[] bits = bounds.decompose(i, offset);
                System.arraycopy(bits, 0, positions, RangeLayout.SLOTS_PER_VALUE * i, bits.length);
                Arrays.fill(bits, 0);
            }
            try (RangeProver prover = RangeProver.commit(p, bounds, count, positions, context, randomness)) {
                Arrays.fill(positions, 0);
                prover.commitGarbage(randomness);
                return prover.open(prover.commitProducts(prover.honestProducts()), randomness);
            }
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
        RangeEncoding.Proof pi;
        RangeLayout layout;
        try {
            s = RangeStatement.decode(p, statement);
            layout = RangeLayout.of(p, s.valueCount());
            if (layout.auxiliarySlots() > CommitmentKey.MAX_MESSAGE_POLYS) {
                throw new ProofDecodeException(ProofDecodeException.MALFORMED, "too many values for a proof");
            }
            pi = RangeEncoding.decode(p, layout, proof);
        } catch (DecodingException e) {
            return VerificationResult.rejected(ProofDecodeException.reasonOf(e));
        }
        CommitmentKey auxiliaryKey = auxiliaryKey(p, layout);
        int rows = layout.rows();
        PolyVec t2a = pi.auxiliary().t2();
        byte[] mu = Transcript.statementDigest(TYPE, p, statement, context);
        byte[] rho1 = Transcript.challengeSeed(p, mu, pi.auxiliary().t1(), layout.garbageSlots(t2a));
        int[][] alpha = RangeEquations.alphas(p, layout, rho1);
        byte[] rho2 = Transcript.challengeSeed(p, rho1, layout.productSlots(t2a));
        RangeEquations equations = RangeEquations.derive(p, layout, layout.targets(s.bounds()), alpha, rho2);
        SparseTernary c = ChallengeSampler.sampleSparse(p.ring(), p.challengeWeight(), pi.seed());
        long bound = p.responseBound();
        PolyVec w = s.key().a1TimesMinusChallengeTimes(pi.z(), bound, c, s.commitment().t1());
        PolyVec auxiliaryW = auxiliaryKey.a1TimesMinusChallengeTimes(pi.auxiliaryZ(), bound, c, pi.auxiliary().t1());
        // F = A2·z − c·t2 = A2·y − c·m for every message slot
        PolyVec fs = s.key().a2TimesMinusChallengeTimes(pi.z(), bound, c, s.commitment().t2()).toNtt();
        PolyVec fa = auxiliaryKey.a2TimesMinusChallengeTimes(pi.auxiliaryZ(), bound, c, t2a).toNtt();
        PolyVec fu = layout.productSlots(fa);
        PolyVec quadratic = equations.innerProducts(fs, fu);
        Poly[] v = new Poly[rows];
        for (int k = 0; k < rows; k++) {
            Poly constantMinusH = equations.constant(k).fromNtt().subtract(pi.h().get(k));
            Poly inner = equations.linear(k, fs, fu).add(fa.get(layout.garbageSlot(k))).fromNtt()
                    .subtract(c.multiply(constantMinusH));
            v[k] = equations.quadratic(k, quadratic).fromNtt().subtract(c.multiply(inner))
                    .add(fa.get(layout.linearGarbageSlot(k)).fromNtt());
        }
        byte[] expected = Transcript.challengeSeed(p, rho2, pi.h(), w, auxiliaryW,
                layout.linearGarbageSlots(t2a), PolyVec.of(v));
        return MessageDigest.isEqual(expected, pi.seed())
                ? VerificationResult.ok()
                : VerificationResult.rejected(VerificationResult.CHALLENGE_MISMATCH);
    }

    /** The statement's value count and bounds, if they read cleanly and its length fits them. */
    public static Optional<StatementFields> readFields(ProofParameters p, byte[] statement) {
        return RangeStatement.readFields(p, statement);
    }

    /** Exact proof length for L values. */
    public static int proofLength(ProofParameters p, int valueCount) {
        checkCount(valueCount);
        return RangeEncoding.length(p, RangeLayout.of(p, valueCount));
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
