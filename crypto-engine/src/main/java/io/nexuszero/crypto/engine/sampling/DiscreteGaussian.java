package io.nexuszero.crypto.engine.sampling;

import java.math.BigDecimal;

/**
 * The discrete Gaussian D_{Z,σ} (Pr[z] ∝ exp(−z²/2σ²)) for σ = k·σ₂, σ₂ = 1/√(2 ln 2), sampled as in BLISS
 * (Ducas–Durmus–Lepoint–Lyubashevsky, CRYPTO 2013, Algorithms 10–12): x from D_{σ₂}^+ (Pr[x] ∝ 2^(−x²), x ≥ 0), y
 * uniform in [0, k), z = kx + y kept with probability exp(−y(y + 2kx)/2σ²) = 2^(−y(y+2kx)/k²) ({@link BernoulliExp}),
 * which makes Pr[z] ∝ 2^(−x²)·2^(−y(y+2kx)/k²) = exp(−z²/2σ²) on z ≥ 0; zero is then kept with probability 1/2 and the
 * sign is a fair bit. x comes from a 128-bit cumulative table of 2^(−x²) (x ≤ 11; the mass beyond, 2^-144, folds into
 * 11), so |z| ≤ 12k − 1. Per sample the statistical distance to D_{Z,σ} is below 2^-118 (table and trial rounding, at
 * most 2^-120 for each of the about 1.5 trials).
 *
 * <p>The loop's number of trials is independent of the sample it returns (rejection sampling), and the table scan and
 * the trial's common path do not branch on the sample: its running time does not depend on the value drawn, except
 * through the two rare 128-bit slow paths (probability about 2^-29 per trial).
 */
public final class DiscreteGaussian {

    /** σ₂ = 1/√(2 ln 2): the width whose Gaussian is 2^(−x²). */
    public static final double SIGMA_2 = 1 / Math.sqrt(2 * Math.log(2));
    /** x ranges over 0 … 11 (2^-121 is the last mass above 2^-128). */
    private static final int BASE_MAX = 11;
    private static final long[] CDT_HIGH = new long[BASE_MAX];
    private static final long[] CDT_LOW = new long[BASE_MAX];

    static {
        BigDecimal[] weights = new BigDecimal[14];
        BigDecimal total = BigDecimal.ZERO;
        for (int x = 0; x < weights.length; x++) {
            weights[x] = BigDecimal.ONE.divide(new BigDecimal(java.math.BigInteger.ONE.shiftLeft(x * x)),
                    FixedPoint128.CONTEXT);
            total = total.add(weights[x], FixedPoint128.CONTEXT);
        }
        BigDecimal cumulative = BigDecimal.ZERO;
        for (int x = 0; x < BASE_MAX; x++) {
            cumulative = cumulative.add(weights[x], FixedPoint128.CONTEXT);
            long[] entry = FixedPoint128.of(cumulative.divide(total, FixedPoint128.CONTEXT));
            CDT_HIGH[x] = entry[0];
            CDT_LOW[x] = entry[1];
        }
    }

    private final int k;
    private final long threshold;
    private final BernoulliExp trial;

    private DiscreteGaussian(int k) {
        this.k = k;
        this.threshold = (1L << 32) % k;
        this.trial = BernoulliExp.withScale((long) k * k);
    }

    /**
     * D_{Z, k·σ₂}.
     *
     * @throws IllegalArgumentException unless 1 ≤ k &lt; 2^24 (so 12k fits any supported modulus' half)
     */
    public static DiscreteGaussian withK(int k) {
        if (k < 1 || k >= (1 << 24)) {
            throw new IllegalArgumentException("k must be in [1, 2^24)");
        }
        return new DiscreteGaussian(k);
    }

    public int k() {
        return k;
    }

    /** σ = k·σ₂. */
    public double sigma() {
        return k * SIGMA_2;
    }

    /** The largest |z| the sampler returns: 12k − 1. */
    public int maxAbs() {
        return (BASE_MAX + 1) * k - 1;
    }

    /** The scale s = k² of the trials: exp(−t/2σ²) = 2^(−t/s). */
    public BernoulliExp trial() {
        return trial;
    }

    /** One sample of D_{Z,σ}. */
    public int sample(WordStream words) {
        while (true) {
            int x = base(words);
            long y = uniformBelowK(words);
            long z = (long) k * x + y;
            if (!trial.sample(y * (y + 2L * k * x), words)) {
                continue;
            }
            if (z == 0 && words.nextBit() == 0) {
                continue; // zero would otherwise count for both signs
            }
            return words.nextBit() == 1 ? (int) -z : (int) z;
        }
    }

    /** {@code count} samples. */
    public int[] sample(WordStream words, int count) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = sample(words);
        }
        return out;
    }

    /** x from D_{σ₂}^+: the number of cumulative-table entries at or below a uniform 128-bit u. */
    private static int base(WordStream words) {
        long high = words.nextLong();
        long low = 0;
        boolean haveLow = false;
        int x = 0;
        for (int j = 0; j < BASE_MAX; j++) {
            int order = Long.compareUnsigned(high, CDT_HIGH[j]);
            if (order == 0) { // probability about 2^-64: only then are u's low 64 bits needed
                if (!haveLow) {
                    low = words.nextLong();
                    haveLow = true;
                }
                order = Long.compareUnsigned(low, CDT_LOW[j]);
            }
            x += (order >>> 31) ^ 1;
        }
        return x;
    }

    /** y uniform in [0, k): Lemire's multiply-shift on 32-bit candidates, rejecting the biased low products. */
    private long uniformBelowK(WordStream words) {
        while (true) {
            long product = words.nextUnsignedInt() * k;
            if ((product & 0xFFFFFFFFL) >= threshold) {
                return product >>> 32;
            }
        }
    }
}
