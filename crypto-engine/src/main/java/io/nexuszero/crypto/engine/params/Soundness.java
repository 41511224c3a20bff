package io.nexuszero.crypto.engine.params;

import io.nexuszero.crypto.engine.ring.Ntt;

/**
 * The knowledge-soundness error of the proofs' Fiat–Shamir challenges (docs/CRYPTO.md, "Soundness").
 *
 * <p>Challenges are the set C of polynomials with exactly τ coefficients ±1: |C| = C(n, τ)·2^τ, and a difference
 * c̄ = c − c' of two of them has ‖c̄‖∞ ≤ 2. X^n + 1 splits mod q into K = {@link Ntt#splitting} factors
 * X^(n/K) − r_j; by Lyubashevsky–Seiler (EUROCRYPT 2018, Corollary 1.2) every y with 0 &lt; ‖y‖∞ &lt; q^(1/K)/√K
 * is invertible. When 2 &lt; q^(1/K)/√K every non-zero challenge difference is invertible, so the map from C to each
 * factor is injective, the proofs are 2-special sound, and a cheating prover's success per random-oracle query is
 * at most 1/|C| — whatever statement it chose (the one-slot attack included). Otherwise the bound does not hold:
 * a prover working in one factor succeeds with probability up to q^-(n/K) per query, so at most
 * min(log2|C|, (n/K)·log2 q) bits can be claimed, and the validator refuses such parameters.
 */
public final class Soundness {

    /** Largest ‖c − c'‖∞ of two challenges with coefficients in {−1, 0, 1}. */
    private static final double CHALLENGE_DIFFERENCE_BOUND = 2;

    private Soundness() {
    }

    /** log2 |C| = log2(C(n, τ)) + τ: the number of challenges of weight τ. */
    public static double log2ChallengeSpace(int n, int weight) {
        double bits = weight;
        for (int i = 0; i < weight; i++) {
            bits += Math.log((double) (n - i) / (weight - i)) / Math.log(2);
        }
        return bits;
    }

    /** True when every non-zero challenge difference is invertible in R_q: 2 &lt; q^(1/K)/√K (Lyubashevsky–Seiler). */
    public static boolean differencesInvertible(int n, long q) {
        int slots = Ntt.splitting(n, (int) q);
        double log2Threshold = Math.log(q) / Math.log(2) / slots - 0.5 * Math.log(slots) / Math.log(2);
        return log2Threshold > Math.log(CHALLENGE_DIFFERENCE_BOUND) / Math.log(2);
    }

    /**
     * −log2 of the knowledge error per random-oracle query: log2|C| when challenge differences are invertible; else
     * the one-slot attack's bound min(log2|C|, (n/K)·log2 q), an upper bound only.
     */
    public static double classicalBits(LatticeParameters p) {
        int n = p.ringDegree();
        double space = log2ChallengeSpace(n, p.challengeWeight());
        if (differencesInvertible(n, p.modulus())) {
            return space;
        }
        int slotDegree = n / Ntt.splitting(n, p.modulus());
        return Math.min(space, slotDegree * Math.log(p.modulus()) / Math.log(2));
    }

    /**
     * r = ⌈log2|C| / log2 q⌉: the garbage polynomials of a linear-relation proof (docs/CRYPTO.md, section 3), so that
     * its relation error q^-r is at most the challenge error 1/|C| (5 / 8 / 10 at nz-128 / nz-192 / nz-256).
     */
    public static int relationRepetitions(int n, int weight, long q) {
        return Math.max(1, (int) Math.ceil(log2ChallengeSpace(n, weight) / log2(q)));
    }

    /**
     * −log2 of a linear-relation proof's knowledge error per query: q^-r (round 2, the garbage scalars) plus the
     * challenge error of {@link #classicalBits} (round 3), by the multi-round Fiat–Shamir bound (Attema–Fehr–Klooß,
     * TCC 2022). Slightly below {@link #classicalBits}: 131.07 instead of 131.10 at nz-128.
     */
    public static double linearRelationBits(LatticeParameters p) {
        double relation = -relationRepetitions(p.ringDegree(), p.challengeWeight(), p.modulus()) * log2(p.modulus());
        double challenge = -classicalBits(p);
        double max = Math.max(relation, challenge);
        return -(max + Math.log1p(Math.pow(2, Math.min(relation, challenge) - max)) / Math.log(2));
    }

    /**
     * r = ⌈log2|C| / log2(q/2)⌉: the rows of a range proof (docs/CRYPTO.md, section 4), whose round-2 error per row is
     * 2/q (a degree-2 Schwartz–Zippel event), so that (2/q)^r is at most 1/|C| (5 / 8 / 10 at the presets, as
     * {@link #relationRepetitions}).
     */
    public static int rangeRows(int n, int weight, long q) {
        return Math.max(1, (int) Math.ceil(log2ChallengeSpace(n, weight) / (log2(q) - 1)));
    }

    /**
     * −log2 of a range proof's soundness error per query: q^-R (round 1, the Schwartz–Zippel weights α, R copies)
     * + (2/q)^r (round 2, each row's weights ν_k and M_k enter its check as a degree-2 polynomial) + 2/|C| (the last
     * round's check is quadratic in c, so it is 3-special sound: at most two challenges answer a doomed first
     * message). docs/CRYPTO.md, section 4: 130.03 / 195.2 / 256.01 bits at nz-128 / nz-192 / nz-256 (nz-192's τ = 40
     * is the smallest weight that keeps this at λ).
     */
    public static double rangeBits(LatticeParameters p) {
        int n = p.ringDegree();
        int w = p.challengeWeight();
        long q = p.modulus();
        double copies = -relationRepetitions(n, w, q) * log2(q);
        double rows = -rangeRows(n, w, q) * (log2(q) - 1);
        double challenge = 1 - classicalBits(p);
        double max = Math.max(copies, Math.max(rows, challenge));
        double sum = Math.pow(2, copies - max) + Math.pow(2, rows - max) + Math.pow(2, challenge - max);
        return -(max + log2(sum));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /**
     * The same against a quantum prover: Fiat–Shamir in the quantum random-oracle model loses a factor O(Q²) for Q
     * queries (Don–Fehr–Majenz–Schaffner, CRYPTO 2019), i.e. a Grover-type search for a good challenge; half the bits.
     */
    public static double quantumBits(LatticeParameters p) {
        return classicalBits(p) / 2;
    }
}
