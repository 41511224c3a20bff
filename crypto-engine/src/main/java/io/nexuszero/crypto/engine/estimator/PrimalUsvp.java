package io.nexuszero.crypto.engine.estimator;

import java.util.OptionalInt;

/**
 * Primal attack via unique-SVP, "2016 estimate" with the GSA [ADPS16, AGVW17], as the lattice-estimator's
 * {@code primal_usvp} computes it with {@code red_shape_model="gsa"} ({@code lwe_primal.py}, {@code cost_gsa}).
 *
 * <p>The attacker takes m' ≤ m samples and builds Kannan's embedding of (b | A) together with the secret
 * (Bai–Galbraith): a lattice of dimension d = n + m' + 1 holding the short vector (s·ξ, e, τ), where the secret part
 * is scaled by ξ = σ_e/σ_s so that every coordinate has the error's width, and the embedding coefficient is
 * τ = σ_e. Its volume is det = q^m' · ξ^n · τ. The vector (of expected norm σ_e·√d) is found by BKZ-β once its
 * projection on the last β Gram–Schmidt directions, of expected norm σ_e·√β, is shorter than the GSA's
 * ‖b*_{d−β+1}‖ = δ^(2β−d−1) · det^(1/d):
 * <pre>  √β · σ_e ≤ δ(β)^(2β − d − 1) · det^(1/d).</pre>
 * The result is the smallest β for which some m' ≤ m satisfies this, together with the smallest such d (as the
 * lattice-estimator reports it). Two details follow the lattice-estimator rather than the bare formula: the
 * embedding coefficient τ = σ_e appears in det (it moves det^(1/d) by a factor τ^(1/d) ≈ 1), and the lattice
 * dimension is at least β.
 *
 * <p>Search: for a fixed β, ln of the right-hand side is f(d) = (2β−1)·lnδ + ln q − d·lnδ − C/d with
 * C = (n+1)·ln q − n·ln ξ − ln τ, a concave function of d, so its maximum over integers is at ⌊√(C/lnδ)⌋ or
 * ⌈√(C/lnδ)⌉ clamped to the allowed range; the smallest β ≥ 40 is then found by binary search (success is
 * monotone in β; a test checks this against a full scan).
 *
 * <p>When σ_s &gt; σ_e the secret is scaled down (ξ &lt; 1), exactly as the formula says; the lattice-estimator instead
 * keeps ξ = 1 there (after switching to normal form when it has 2n samples). Scaling down is a valid attack too,
 * so our figure is never higher.
 */
final class PrimalUsvp {

    static final String NAME = "primal-usvp";

    private PrimalUsvp() {
    }

    static LweEstimate estimate(LweInstance instance) {
        Condition condition = new Condition(instance);
        int beta = BlockSizeSearch.smallestSucceeding(RootHermiteFactor.MIN_BLOCK_SIZE, condition.largestDimension,
            b -> condition.smallestSucceedingDimension(b).isPresent());
        if (beta < 0) {
            return LweEstimate.infeasible(NAME);
        }
        int d = condition.smallestSucceedingDimension(beta).getAsInt();
        return LweEstimate.of(NAME, beta, d, d - instance.n() - 1, 0);
    }

    /**
     * The smallest lattice dimension d = n + m' + 1 (m' ≤ m) for which BKZ-β succeeds, if any. Lets a caller apply
     * another cost model than core-SVP over β (the lattice-estimator minimises its cost model over β).
     */
    static OptionalInt smallestSucceedingDimension(LweInstance instance, int beta) {
        return new Condition(instance).smallestSucceedingDimension(beta);
    }

    /** The success condition for one instance, in natural logarithms. */
    private static final class Condition {
        private final int n;
        private final double logQ;
        private final double logErrorSigma;
        /** n·ln ξ + ln τ: the volume contributed by the scaled secret and the embedding coordinate. */
        private final double logScaledSecretVolume;

        /** d ranges over [n + 2, n + m + 1]: at least one sample, at most all m. */
        private final int smallestDimension;
        private final int largestDimension;

        Condition(LweInstance instance) {
            this.n = instance.n();
            this.smallestDimension = n + 2;
            this.largestDimension = n + instance.m() + 1;
            this.logQ = instance.logQ();
            this.logErrorSigma = Math.log(instance.errorSigma());
            double logXi = Math.log(instance.errorSigma() / instance.secretSigma());
            this.logScaledSecretVolume = n * logXi + logErrorSigma;
        }

        OptionalInt smallestSucceedingDimension(int beta) {
            int low = Math.max(smallestDimension, beta);
            if (beta < RootHermiteFactor.MIN_BLOCK_SIZE || low > largestDimension) {
                return OptionalInt.empty();
            }
            double logDelta = RootHermiteFactor.logDelta(beta);
            int best = bestDimension(beta, logDelta, low, largestDimension);
            if (!holds(beta, logDelta, best)) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(firstSucceeding(beta, logDelta, low, best));
        }

        /** ln(δ^(2β−d−1) · det^(1/d)) with det = q^(d−n−1) · ξ^n · τ. */
        private double logGsaNorm(int beta, double logDelta, int d) {
            return logDelta * (2.0 * beta - d - 1) + ((d - n - 1) * logQ + logScaledSecretVolume) / d;
        }

        /** ln(σ_e·√β). */
        private double logProjectedTarget(int beta) {
            return logErrorSigma + 0.5 * Math.log(beta);
        }

        private boolean holds(int beta, double logDelta, int d) {
            return logProjectedTarget(beta) <= logGsaNorm(beta, logDelta, d);
        }

        /** The d in [low, high] maximising the right-hand side (f is concave in d). */
        private int bestDimension(int beta, double logDelta, int low, int high) {
            double c = (n + 1) * logQ - logScaledSecretVolume;
            int best = low;
            double bestValue = logGsaNorm(beta, logDelta, low);
            int[] candidates = {high, low, high, high};
            if (c > 0) {
                double stationary = Math.sqrt(c / logDelta);
                candidates[2] = clamp((int) Math.floor(stationary), low, high);
                candidates[3] = clamp((int) Math.ceil(stationary), low, high);
            }
            for (int d : candidates) {
                double value = logGsaNorm(beta, logDelta, d);
                if (value > bestValue) {
                    bestValue = value;
                    best = d;
                }
            }
            return best;
        }

        /** Smallest d in [low, succeeding] for which the condition holds; f increases on that interval. */
        private int firstSucceeding(int beta, double logDelta, int low, int succeeding) {
            int lo = low;
            int hi = succeeding;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (holds(beta, logDelta, mid)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        private static int clamp(int value, int low, int high) {
            return Math.max(low, Math.min(high, value));
        }
    }
}
