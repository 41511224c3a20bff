package io.nexuszero.crypto.engine.params;

import java.util.List;
import java.util.Optional;

/**
 * The preset parameter sets, as data. Every number is justified in docs/CRYPTO.md ("Parameter presets"); revise a
 * preset by editing its row here and re-running the estimator and PresetsTest.
 *
 * <p>All three share n = 256 and q = 268435313, the largest prime below 2^28 with q ≡ 17 (mod 32): X^256 + 1 splits
 * into K = 8 irreducible factors X^32 − r_j, and q^(1/8)/√8 ≈ 4 &gt; 2 makes every challenge difference invertible
 * (Lyubashevsky–Seiler), so the soundness error is 1/|C| per query. They use CBD(2) secrets and noise and differ in
 * the module ranks (Module-LWE/MSIS dimension), the challenge weight τ and the mask bound γ. τ is the smallest with
 * log2|C| − 1 ≥ λ, |C| = C(256, τ)·2^τ (2^131.1 / 2^196.2 / 2^257.0), because range proofs are 3-special sound
 * (error 2/|C| per query; nz-192's former τ = 39 gave 2^192.8, only 191.8 bits for them). γ is the largest power of
 * two that keeps the binding of weak openings (ℓ∞ bound 8τ(γ − τη)) at λ or above, since a larger γ means fewer
 * proof repetitions (exp(n(k+l)τη/γ) for lwe-secret). That binding is also what sets k.
 */
public final class Presets {

    /** The largest prime below 2^28 that is ≡ 17 (mod 32). */
    private static final int Q = 268435313;

    /** Target ≥ 128 classical bits. */
    public static final ParameterSet NZ_128 =
        new ParameterSet("nz-128", new LatticeParameters(256, Q, 6, 6, "cbd", 2, 23, 1 << 18));
    /** Target ≥ 192 classical bits. */
    public static final ParameterSet NZ_192 =
        new ParameterSet("nz-192", new LatticeParameters(256, Q, 9, 8, "cbd", 2, 40, 1 << 19));
    /** Target ≥ 256 classical bits. */
    public static final ParameterSet NZ_256 =
        new ParameterSet("nz-256", new LatticeParameters(256, Q, 12, 9, "cbd", 2, 60, 1 << 19));

    private static final List<ParameterSet> ALL = List.of(NZ_128, NZ_192, NZ_256);
    /** Security targets in core-SVP classical bits, parallel to {@link #ALL}. */
    private static final List<Integer> TARGET_BITS = List.of(128, 192, 256);

    private Presets() {
    }

    /** All presets, weakest first. */
    public static List<ParameterSet> all() {
        return ALL;
    }

    /** The preset with this id ("nz-128", "nz-192", "nz-256"), if any. */
    public static Optional<ParameterSet> byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The security target of a preset in core-SVP classical bits (128, 192 or 256): every hardness the preset relies
     * on must reach it.
     *
     * @throws IllegalArgumentException if {@code preset} is not one of {@link #all()}
     */
    public static int targetBits(ParameterSet preset) {
        int i = ALL.indexOf(preset);
        if (i < 0) {
            throw new IllegalArgumentException("not a preset: " + preset.id());
        }
        return TARGET_BITS.get(i);
    }
}
