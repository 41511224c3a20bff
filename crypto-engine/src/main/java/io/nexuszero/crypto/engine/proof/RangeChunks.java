package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.cache.BoundedCache;
import io.nexuszero.crypto.engine.sampling.SecretDistribution;

import java.util.ArrayList;
import java.util.List;

/**
 * How a range statement over L values splits into chunks of at most {@link #chunkValues} values, each with its own
 * bit commitment and its own four-round proof (docs/CRYPTO.md, section 4, "Many values"). One chunk is the whole
 * single-commitment protocol; more chunks keep every rejection loop as small as the chunk's, because with uniform
 * masks the expected attempts grow exponentially in the masked polynomials of one loop (e^(n·τη/γ) each) while the
 * chunks' attempts only add up. Chunk j holds values [j·c, min((j + 1)·c, L)), c = {@link #chunkValues}.
 *
 * @param values      L
 * @param chunkValues c: values per chunk (the last may hold fewer)
 */
record RangeChunks(int values, int chunkValues) {

    /**
     * Values per chunk at most: 32 values are 8 bit polynomials at n = 256, 3.3 KB a value. With Gaussian masks and
     * the Gram shift bound a loop's expected attempts grow slowly with its polynomials (nz-128: 1.41 at one value,
     * 1.46 at 16, 1.53 at 32), so larger chunks cost fewer bytes a value (4.5 KB at 16, 2.9 KB at 48) for about the
     * same prover time a value (measured at 16, 32 and 48 in docs/BENCHMARKS.md). The auxiliary commitment widens with
     * the chunk, and its weak-opening binding instance with it: at 32 it is 132.3 / 193.6 / 267.2 bits at nz-128 /
     * nz-192 / nz-256 (RangeParametersTest), so nz-192 leaves little room for more.
     */
    static final int MAX_CHUNK_VALUES = 32;
    /**
     * {@link #chunkValues} by parameter numbers (not the id, nor the ring's NTT tables, so that an entry stays small):
     * sizing one set searches the masks of up to 32 chunk sizes (~1 ms), and crypto-service's evaluate and the
     * optimizer's prediction tables size thousands of sets at every witness length. Room for a search space of that
     * size; custom parameters cannot grow it beyond.
     */
    private static final BoundedCache<SizingKey, Integer> CHUNK_VALUES = new BoundedCache<>(1 << 15);

    private record SizingKey(int degree, int modulus, int rankK, int rankL, SecretDistribution distribution, int eta,
                             int challengeWeight, int gamma) {
    }

    RangeChunks {
        if (values < 1 || chunkValues < 1) {
            throw new IllegalArgumentException("need at least one value and one value per chunk");
        }
    }

    /**
     * The chunks of L values at {@code p}: {@link #MAX_CHUNK_VALUES} per chunk, or fewer where the parameters cannot
     * prove that many in one loop (then {@link #chunkValues(ProofParameters)} says how many).
     *
     * @throws IllegalArgumentException if {@code p} cannot prove even one value
     */
    static RangeChunks of(ProofParameters p, int values) {
        int perChunk = chunkValues(p);
        if (perChunk < 1) {
            throw new IllegalArgumentException("these parameters cannot prove a range over even one value");
        }
        return new RangeChunks(values, perChunk);
    }

    /**
     * The chunks for sizes and expected attempts only: {@link #of}, or where {@code p} cannot prove even one value
     * (its {@link RangeProof#maxValues} is 0), chunks of one value, so callers that report sizes and attempts for
     * every parameter set (crypto-service's evaluate) see what such a proof would cost instead of an exception.
     */
    static RangeChunks sizing(ProofParameters p, int values) {
        return new RangeChunks(values, Math.max(1, chunkValues(p)));
    }

    /**
     * Values one chunk holds at {@code p}: the most (up to {@link #MAX_CHUNK_VALUES}) whose auxiliary commitment fits
     * {@link CommitmentKey#MAX_MESSAGE_POLYS} slots and whose expected attempts stay within
     * {@link Rejection#MAX_EXPECTED_ATTEMPTS}; 0 if not even one value does.
     */
    static int chunkValues(ProofParameters p) {
        return CHUNK_VALUES.get(new SizingKey(p.degree(), p.modulus(), p.rankK(), p.rankL(), p.secretDistribution(),
                p.eta(), p.challengeWeight(), p.gamma()), key -> largestChunk(p));
    }

    private static int largestChunk(ProofParameters p) {
        int best = 0;
        for (int count = 1; count <= MAX_CHUNK_VALUES; count++) {
            RangeLayout layout = RangeLayout.of(p, count);
            if (layout.auxiliarySlots() > CommitmentKey.MAX_MESSAGE_POLYS
                    || !(loopAttempts(p, layout) <= Rejection.MAX_EXPECTED_ATTEMPTS)) {
                break;
            }
            best = count;
        }
        return best;
    }

    /** (κ + ℓ_s + λ) + (κ + 2r + R·ℓ_s + λ): both randomness vectors of one chunk are masked in every attempt. */
    static long maskedPolynomials(ProofParameters p, RangeLayout layout) {
        return RangeEncoding.statementRandomness(p, layout) + RangeEncoding.auxiliaryRandomness(p, layout);
    }

    /** The masks of one chunk's loop ({@link LoopMasking}): the prover draws them, sizing reads their attempts. */
    static LoopMasking masking(ProofParameters p, RangeLayout layout) {
        return LoopMasking.of(p, maskedPolynomials(p, layout));
    }

    /** Expected attempts of one chunk's loop with its masks. */
    static double loopAttempts(ProofParameters p, RangeLayout layout) {
        return masking(p, layout).expectedAttempts();
    }

    int count() {
        return (values + chunkValues - 1) / chunkValues;
    }

    /** The first value of chunk j. */
    int first(int chunk) {
        return chunk * chunkValues;
    }

    /** The number of values in chunk j. */
    int size(int chunk) {
        return Math.min(chunkValues, values - first(chunk));
    }

    RangeLayout layout(ProofParameters p, int chunk) {
        return RangeLayout.of(p, size(chunk));
    }

    /** Every chunk's layout, in order. */
    List<RangeLayout> layouts(ProofParameters p) {
        List<RangeLayout> out = new ArrayList<>(count());
        for (int j = 0; j < count(); j++) {
            out.add(layout(p, j));
        }
        return out;
    }

    /** Chunk j's bounds: the shared pair, or its values' pairs. */
    RangeBounds bounds(RangeBounds all, int chunk) {
        if (all.shared()) {
            return all;
        }
        int from = first(chunk);
        int to = from + size(chunk);
        return RangeBounds.perValue(all.min().subList(from, to), all.max().subList(from, to));
    }

    /**
     * Polynomials one attempt masks: the first (largest) chunk's, since every attempt belongs to one chunk's loop
     * and prove time is about {@link #expectedAttempts} such attempts.
     */
    long maskedPolynomialsPerAttempt(ProofParameters p) {
        return maskedPolynomials(p, layout(p, 0));
    }

    /** Expected prover attempts summed over the chunks' independent rejection loops. */
    double expectedAttempts(ProofParameters p) {
        double sum = 0;
        for (int j = 0; j < count(); j++) {
            sum += loopAttempts(p, layout(p, j));
        }
        return sum;
    }

    /**
     * Where chunk j's transcript starts: μ itself for the first chunk (so a one-chunk proof is exactly the
     * single-commitment protocol), SHAKE-256(μ ‖ "range/chunk" ‖ j) for the others, so no hash query serves two
     * chunks.
     */
    static byte[] transcriptStart(byte[] mu, int chunk) {
        return chunk == 0 ? mu.clone() : Transcript.indexed(mu, "range/chunk", chunk);
    }
}
