package io.nexuszero.crypto.engine.params;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParameterValidatorTest {

    private final ParameterValidator validator = ParameterValidator.structuralOnly();
    private static final LatticeParameters GOOD = Presets.NZ_128.parameters();

    private static LatticeParameters with(int n, int q, int k, int l, String dist, int eta, int tau, int gamma) {
        return new LatticeParameters(n, q, k, l, dist, eta, tau, gamma);
    }

    @Test
    void presetsAreValid() {
        for (ParameterSet preset : Presets.all()) {
            assertThat(validator.validate(preset.parameters()).reasons()).as(preset.id()).isEmpty();
            assertThat(preset.parameters().ring().degree()).isEqualTo(preset.parameters().ringDegree());
        }
        // K = 2 and K = 4 factors (q ≡ 5 mod 8, q ≡ 9 mod 16) and K = 8 at n = 4096
        assertThat(validator.validate(with(1024, 268435157, 2, 2, "uniform", 1, 20, 3000)).isValid()).isTrue();
        assertThat(validator.validate(with(512, 268435337, 2, 2, "uniform", 1, 20, 3000)).isValid()).isTrue();
        assertThat(validator.validate(with(4096, 2147483249, 1, 1, "cbd", 3, 100, 1 << 28)).isValid()).isTrue();
    }

    @Test
    void eachBrokenRuleHasAPreciseReason() {
        assertThat(validator.validate(with(300, 268435313, 5, 5, "cbd", 2, 39, 1 << 18)).reasons())
            .containsExactly("ringDegree: 300 is not a power of two in [256, 4096]");
        assertThat(validator.validate(with(8192, 268435313, 5, 5, "cbd", 2, 39, 1 << 18)).reasons())
            .containsExactly("ringDegree: 8192 is not a power of two in [256, 4096]");
        assertThat(validator.validate(with(256, 268435315, 5, 5, "cbd", 2, 39, 1 << 18)).reasons())
            .containsExactly("modulus: 268435315 is not prime");
        assertThat(validator.validate(with(256, 268435291, 5, 5, "cbd", 2, 39, 1000)).reasons())
            .containsExactly("modulus: 268435291 is not congruent to 1 mod 4 (X^n + 1 must split into binomials for "
                + "the NTT)");
        // X^n + 1 splits completely mod ML-DSA's q (and into 16 factors mod a q ≡ 33 mod 64): a challenge difference
        // can vanish in one factor, which is the one-slot forgery
        for (int q : new int[] {8380417, 268435361}) {
            assertThat(validator.validate(with(256, q, 5, 5, "cbd", 2, 39, 1000)).reasons())
                .singleElement().asString().startsWith("modulus: " + q + " splits X^n + 1 into ")
                .contains("provably invertible", "one NTT slot");
        }
        assertThat(validator.validate(with(256, 268435313, 0, 65, "cbd", 2, 39, 1 << 18)).reasons())
            .containsExactly("rankK: 0 must be in [1, 64]", "rankL: 65 must be in [1, 64]");
        assertThat(validator.validate(with(256, 268435313, 5, 5, "gaussian", 2, 39, 1 << 18)).reasons())
            .containsExactly("secretDistribution: must be \"cbd\" or \"uniform\"");
        assertThat(validator.validate(with(256, 268435313, 5, 5, null, 0, 39, 1 << 18)).reasons())
            .containsExactly("secretDistribution: must be \"cbd\" or \"uniform\"", "eta: 0 must be in [1, 15]");
        assertThat(validator.validate(with(256, 268435313, 5, 5, "cbd", 2, 257, 1 << 18)).reasons())
            .containsExactly("challengeWeight: 257 must be in [1, n]");
        assertThat(validator.validate(with(256, 268435313, 5, 5, "cbd", 2, 39, 78)).reasons())
            .containsExactly("gamma: 78 must exceed challengeWeight * eta = 78 (responses must satisfy |z| <= "
                + "gamma - challengeWeight * eta)");
        assertThat(validator.validate(with(256, 268435313, 5, 5, "cbd", 2, 39, 134217657)).reasons())
            .containsExactly("gamma: 134217657 must be below modulus / 2");
        assertThat(validator.validate(null).reasons()).containsExactly("parameters are missing");
    }

    @Test
    void securityRuleRunsOnlyOnStructurallyValidParametersAndCanRefuse() {
        ParameterValidator strict = new ParameterValidator(p -> p.rankL() < 3 ? List.of("security: too weak") : List.of());
        assertThat(strict.validate(GOOD).isValid()).isTrue();
        assertThat(strict.validate(with(256, 268435313, 2, 2, "cbd", 2, 39, 1 << 18)).reasons())
            .containsExactly("security: too weak");
        assertThat(strict.validate(with(256, 268435315, 2, 2, "cbd", 2, 39, 1 << 18)).reasons())
            .containsExactly("modulus: 268435315 is not prime");
        assertThatThrownBy(() -> strict.requireValid(with(256, 268435313, 2, 2, "cbd", 2, 39, 1 << 18)))
            .isInstanceOf(InvalidParametersException.class).hasMessageContaining("security: too weak");
    }

    @Test
    void standardValidatorAppliesTheEstimatorFloor() {
        ParameterValidator standard = ParameterValidator.standard();
        for (ParameterSet preset : Presets.all()) {
            assertThat(standard.validate(preset.parameters()).reasons()).as(preset.id()).isEmpty();
        }
        // one module column: 256-dimensional secret, far below 80 bits; one row: MSIS with a 2^19 bound is easy
        assertThat(standard.validate(with(256, 268435313, 1, 1, "cbd", 2, 39, 1 << 18)).reasons())
            .anySatisfy(r -> assertThat(r).startsWith("security: key Module-LWE is estimated at")
                .endsWith("below the 80-bit floor; raise rankL, eta or ringDegree"))
            .anySatisfy(r -> assertThat(r).startsWith("security: commitment binding of weak openings (Module-SIS) is "
                + "estimated at").endsWith("raise rankK or modulus, or lower gamma or challengeWeight"));
        // tau = 8: a challenge space of 2^56.5, refused for soundness (of every proof type), naming challengeWeight
        assertThat(standard.validate(with(256, 268435313, 6, 6, "cbd", 2, 8, 1 << 17)).reasons())
            .hasSize(3)
            .anySatisfy(r -> assertThat(r).startsWith("security: soundness error of the challenges is estimated at "
                + "56.5 bits").endsWith("raise challengeWeight (the challenge space C(n, tau)*2^tau is too small)"))
            .anySatisfy(r -> assertThat(r).startsWith("security: soundness error of linear-relation proofs "
                + "(challenges and garbage scalars) is estimated at 56.5 bits").endsWith("raise challengeWeight "
                + "(the challenge space C(n, tau)*2^tau is too small)"))
            .anySatisfy(r -> assertThat(r).startsWith("security: soundness error of range proofs (Schwartz-Zippel "
                + "weights, row weights and a 3-special-sound challenge round) is estimated at 55.5 bits")
                .endsWith("raise challengeWeight (the challenge space C(n, tau)*2^tau is too small)"));
        // a commitment whose weak openings are not binding: too few rows, and a bound 8τ(γ − τη) above q (0 bits)
        assertThat(standard.validate(with(256, 268435313, 3, 6, "cbd", 2, 23, 1 << 17)).reasons()).singleElement()
            .asString().startsWith("security: commitment binding of weak openings (Module-SIS) is estimated at 54.0");
        assertThat(standard.validate(with(256, 268435313, 5, 6, "cbd", 2, 23, 1 << 22)).reasons()).singleElement()
            .asString().startsWith("security: commitment binding of weak openings (Module-SIS) is estimated at 0.0 bits")
            .endsWith("raise rankK or modulus, or lower gamma or challengeWeight");
        // structural problems are reported without running the estimator
        assertThat(standard.validate(with(256, 268435315, 1, 1, "cbd", 2, 39, 1 << 18)).reasons())
            .containsExactly("modulus: 268435315 is not prime");
    }

    @Test
    void presetRegistry() {
        assertThat(Presets.byId("nz-192")).contains(Presets.NZ_192);
        assertThat(Presets.byId("nz-512")).isEmpty();
        assertThat(Presets.all()).extracting(ParameterSet::id).containsExactly("nz-128", "nz-192", "nz-256");
        assertThat(Presets.targetBits(Presets.NZ_256)).isEqualTo(256);
        assertThatThrownBy(() -> new ParameterSet("NZ 128", GOOD)).isInstanceOf(IllegalArgumentException.class);
    }
}
