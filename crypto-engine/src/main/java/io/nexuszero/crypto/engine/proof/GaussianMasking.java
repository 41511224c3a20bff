package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.cache.BoundedCache;
import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.sampling.AesCtrStream;
import io.nexuszero.crypto.engine.sampling.DiscreteGaussian;
import io.nexuszero.crypto.engine.sampling.Randomness;
import io.nexuszero.crypto.engine.sampling.WordStream;

/**
 * Fiat–Shamir with aborts with discrete Gaussian masks (Lyubashevsky, EUROCRYPT 2012, Lemma 4.5 / Theorem 4.6), for a
 * loop that masks {@code polys} polynomials of short randomness r (docs/CRYPTO.md, section 4, "Gaussian masks"):
 * <ul>
 *   <li>r is resampled in the rare case (below 2^-128) that the public bound T on every response shift ‖c·r‖₂
 *       ({@link ShiftBound}) does not cover it;</li>
 *   <li>masks y ← D_{Z,σ}^N with σ = k·σ₂ ({@link DiscreteGaussian}); z = y + v is kept with probability
 *       min(1, exp((‖v‖² − 2⟨z, v⟩)/2σ²)/M) = min(1, 2^(−(2⟨z, v⟩ − ‖v‖² + O)/k²)) with O = ⌈k²·log2 M⌉ and
 *       M = exp(t/α + 1/2α²), α = σ/T, t = √(2·129·ln 2) ≈ 13.37: the kept z are within 2^-128/M of D_{Z,σ}^N,
 *       whatever v was;</li>
 *   <li>the verifier's check stays ‖z‖∞ ≤ B = γ − τη, so binding, knowledge extraction and the encoding are those of
 *       uniform masks; the prover also aborts when it fails, which depends on z alone (Pr ≤ 2N·exp(−(B+1)²/2σ²)).</li>
 * </ul>
 * k is the one that minimises the expected attempts M'/(1 − tail) (M' = 2^(O/k²) ≥ M). Parameters for which no k gives
 * α ≥ 1 with 12k + τη below q/2 have infinite expected attempts.
 *
 * @param k                σ = k·σ₂ of the masks' D_{Z,σ}, or 0 when the parameters allow no Gaussian masks
 * @param offset           O
 * @param shiftBound       T, and the check of the randomness it rests on
 * @param expectedAttempts M'/(1 − tail): expected attempts of one loop
 */
record GaussianMasking(int k, long offset, ShiftBound shiftBound, double expectedAttempts) {

    /** λ of the rejection's statistical distance 2^-λ/M and of the randomness-norm bound. */
    static final int STATISTICAL_BITS = 128;
    private static final double LN2 = Math.log(2);
    /** t with 2·exp(−t²/2) ≤ 2^-(λ+1): the tail of ⟨z, v⟩ in Lyubashevsky's Lemma 4.3. */
    private static final double TAIL_FACTOR = Math.sqrt(2 * (STATISTICAL_BITS + 1) * LN2);
    private static final double STEP = 1.002;
    /**
     * Samplers by k, built only when masks are drawn: their 128-bit trial tables cost milliseconds each, and
     * sizing a parameter set (crypto-service's evaluate, thousands of sets and chunk sizes) needs only the attempts.
     */
    private static final BoundedCache<Integer, DiscreteGaussian> SAMPLERS = new BoundedCache<>(64);

    /** The loop's masking for {@code polys} masked polynomials at {@code p} ({@link LoopMasking} caches its choice). */
    static GaussianMasking of(ProofParameters p, long polys) {
        ShiftBound shiftBound = ShiftBound.of(p, polys);
        KSearch search = new KSearch(shiftBound.shift(), p.responseBound(), (double) polys * p.degree());
        int bestK = search.best(kGrid(shiftBound.shift(), p.responseBound(), largestK(p)));
        if (bestK == 0) {
            return new GaussianMasking(0, 0, shiftBound, Double.POSITIVE_INFINITY);
        }
        return new GaussianMasking(bestK, offset(bestK, shiftBound.shift()), shiftBound,
                search.attempts(bestK));
    }

    /** The largest k whose masks fit the modulus: 12k + τη below q/2 (and k below 2^24, the sampler's limit). */
    static long largestK(ProofParameters p) {
        return Math.min((1 << 24) - 1, (p.modulus() / 2 - 1 - (long) p.challengeTimesSecretBound()) / 12);
    }

    /**
     * The k tried, in increasing order: from ⌈T/σ₂⌉ (α ≥ 1) in steps of 0.2 % (at least 1), up to the first k with
     * kσ₂ above the response bound (masks that wide are cut by the ℓ∞ check anyway) or the largest k the modulus
     * allows (12k + τη below q/2), whichever comes first.
     */
    static long[] kGrid(double shift, int bound, long largestK) {
        java.util.stream.LongStream.Builder grid = java.util.stream.LongStream.builder();
        for (double k = Math.max(1, Math.ceil(shift / DiscreteGaussian.SIGMA_2)); k <= largestK;
             k = Math.max(k + 1, Math.floor(k * STEP))) {
            grid.add((long) k);
            if (k * DiscreteGaussian.SIGMA_2 > bound) {
                break;
            }
        }
        return grid.build().toArray();
    }

    /**
     * The k of a grid with the fewest expected attempts (the first one on ties), 0 if none is finite. Exactly what
     * evaluating every k would choose, from a few hundred evaluations instead of thousands: attempts(k) ≥ M(k), which
     * falls with k, and attempts(k) ≥ 1/(1 − tail(k)), which rises with k, so once a coarse pass has found attempts
     * A, the k with M(k) > A form a prefix of the grid and those with 1/(1 − tail(k)) > A a suffix, both found by
     * bisection and neither holding a k as good as A. Only the k between them are evaluated one by one.
     */
    record KSearch(double shift, int bound, double coefficients) {
        /** Coarse pass: every COARSE-th k. */
        private static final int COARSE = 64;
        /** Margin on the lower bounds for the rounding of O/k² and of the bounds themselves (relative). */
        private static final double MARGIN = 1e-9;

        int best(long[] grid) {
            double coarse = Double.POSITIVE_INFINITY;
            for (int i = 0; i < grid.length; i += COARSE) {
                coarse = Math.min(coarse, attempts(grid[i]));
            }
            int from = 0;
            int to = grid.length;
            if (coarse < Double.POSITIVE_INFINITY) {
                double limit = coarse * (1 + MARGIN);
                from = firstIndex(grid, 0, grid.length, k -> masking(k) <= limit);
                to = firstIndex(grid, from, grid.length, k -> tailFactor(k) > limit);
            }
            int bestK = 0;
            double best = Double.POSITIVE_INFINITY;
            for (int i = from; i < to; i++) {
                double attempts = attempts(grid[i]);
                if (attempts < best) {
                    best = attempts;
                    bestK = (int) grid[i];
                }
            }
            return bestK;
        }

        /** M'/(1 − tail) with M' = 2^(O/k²): the expected attempts with σ = kσ₂. */
        double attempts(long k) {
            double sigma = k * DiscreteGaussian.SIGMA_2;
            if (sigma < shift) {
                return Double.POSITIVE_INFINITY;
            }
            double m = Math.pow(2, (double) offset(k, shift) / ((double) k * k));
            double tail = tail(sigma);
            return tail >= 1 ? Double.POSITIVE_INFINITY : m / (1 - tail);
        }

        /** M = exp(t/α + 1/2α²) ≤ M' (before O's rounding up), falling with k. */
        private double masking(long k) {
            double alpha = k * DiscreteGaussian.SIGMA_2 / shift;
            return Math.exp(TAIL_FACTOR / alpha + 1 / (2 * alpha * alpha)) * (1 - MARGIN);
        }

        /** 1/(1 − tail) ≤ attempts (as M' ≥ 1), rising with k. */
        private double tailFactor(long k) {
            double tail = tail(k * DiscreteGaussian.SIGMA_2);
            return tail >= 1 ? Double.POSITIVE_INFINITY : (1 / (1 - tail)) * (1 - MARGIN);
        }

        /** Pr that some coefficient of D_{Z,σ}^N exceeds the response bound (the prover's ℓ∞ abort). */
        private double tail(double sigma) {
            return 2 * coefficients * Math.exp(-((double) bound + 1) * (bound + 1) / (2 * sigma * sigma));
        }

        /** The first index in [from, to) whose k satisfies a predicate that stays true once true, or {@code to}. */
        private static int firstIndex(long[] grid, int from, int to, java.util.function.LongPredicate holds) {
            int low = from;
            int high = to;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (holds.test(grid[middle])) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            return low;
        }
    }

    /** O = ⌈k²·log2 M⌉ for M = exp(t/α + 1/2α²), α = σ/T. */
    static long offset(long k, double shift) {
        double alpha = k * DiscreteGaussian.SIGMA_2 / shift;
        double log2M = (TAIL_FACTOR / alpha + 1 / (2 * alpha * alpha)) / LN2;
        return (long) Math.ceil((double) k * k * log2M);
    }

    boolean usable() {
        return k > 0;
    }

    /** D_{Z,σ} of the masks (cached by k). */
    DiscreteGaussian sampler() {
        return SAMPLERS.get(k, DiscreteGaussian::withK);
    }

    /** The largest |y| a mask coefficient takes (12k − 1): the bound for products with the masks. */
    int maskBound() {
        return sampler().maxAbs();
    }

    /** The word stream of one attempt: AES-256-CTR of a fresh 32-byte seed (masks, then the rejection's trial). */
    static WordStream attemptStream(Randomness randomness) {
        byte[] seed = randomness.nextBytes(Masking.SEED_BYTES);
        WordStream words = new WordStream(AesCtrStream.fromSeed(seed));
        java.util.Arrays.fill(seed, (byte) 0);
        return words;
    }

    /** {@code count} mask polynomials from D_{Z,σ}. */
    PolyVec masks(ProofParameters p, int count, WordStream words) {
        DiscreteGaussian sampler = sampler();
        Poly[] y = new Poly[count];
        for (int i = 0; i < count; i++) {
            int[] coefficients = sampler.sample(words, p.degree());
            y[i] = Poly.fromCentered(p.ring(), coefficients);
            java.util.Arrays.fill(coefficients, 0);
        }
        return PolyVec.of(y);
    }

    /**
     * The Gaussian rejection step for responses z = y + v of every masked vector (same order in both arrays,
     * coefficient domain): true with probability min(1, 2^(−(2⟨z, v⟩ − ‖v‖² + O)/k²)).
     */
    boolean keeps(PolyVec[] responses, PolyVec[] shifts, WordStream words) {
        long inner = 0;
        long shiftNorm = 0;
        for (int i = 0; i < responses.length; i++) {
            for (int j = 0; j < responses[i].length(); j++) {
                int[] z = responses[i].get(j).centered();
                int[] v = shifts[i].get(j).centered();
                for (int c = 0; c < z.length; c++) {
                    inner += (long) z[c] * v[c];
                    shiftNorm += (long) v[c] * v[c];
                }
                java.util.Arrays.fill(z, 0);
                java.util.Arrays.fill(v, 0);
            }
        }
        if (shiftNorm > Math.ceil(shiftBound.shift() * shiftBound.shift())) {
            // M was sized for ‖v‖ ≤ T; a larger shift would make the kept z depend on it
            throw new IllegalStateException("a response shift exceeds the bound T its rejection step assumes");
        }
        long exponent = 2 * inner - shiftNorm + offset;
        return exponent <= 0 || sampler().trial().sample(exponent, words);
    }
}
