package io.nexuszero.crypto.engine.estimator;

import java.util.List;

/**
 * Concrete security of the lattice problems the engine relies on, with published methodologies only:
 * <ul>
 *   <li>LWE: primal uSVP, 2016 estimate with the GSA ({@link PrimalUsvp}), and the plain dual attack
 *       ({@link DualAttack}); the instance's security is the cheaper of the two.</li>
 *   <li>SIS: lattice reduction to a vector of Euclidean norm ≤ B ({@link SisEuclideanAttack}) or of ℓ∞ norm ≤ B
 *       ({@link SisInfinityAttack}, Dilithium round-3 methodology).</li>
 * </ul>
 * Costs are given in core-SVP (classical 0.292β, quantum 0.265β) and gate-count (0.292β + 16.4 + log2 8d) models.
 * All methods are pure functions of their argument and take well under a millisecond (see the tests), so they need
 * no cache.
 */
public final class SecurityEstimator {

    private SecurityEstimator() {
    }

    /** The cheapest attack on {@code instance} (by core-SVP classical cost). */
    public static LweEstimate estimateLwe(LweInstance instance) {
        return reportLwe(instance).weakest();
    }

    /** Every LWE attack's estimate for {@code instance}: primal uSVP, then dual. */
    public static LweReport reportLwe(LweInstance instance) {
        return new LweReport(List.of(PrimalUsvp.estimate(instance), DualAttack.estimate(instance)));
    }

    /** The cost of finding a solution of {@code instance} within its norm bound. */
    public static SisEstimate estimateSis(SisInstance instance) {
        return switch (instance.norm()) {
            case EUCLIDEAN -> SisEuclideanAttack.estimate(instance);
            case INFINITY -> SisInfinityAttack.estimate(instance);
        };
    }

    /**
     * The plain-LWE view of Module-LWE with a rows × cols matrix over Z_q[X]/(X^n + 1) and secret and error
     * coefficients from {@code secretDistribution} ("cbd": CBD(η); "uniform": uniform on [−η, η]): secret dimension
     * n·cols, m = n·rows samples, σ_s = σ_e = the distribution's standard deviation.
     */
    public static LweInstance moduleLwe(int n, long q, int rows, int cols, String secretDistribution, int eta) {
        return ModuleLwe.toLwe(n, q, rows, cols, secretDistribution, eta);
    }
}
