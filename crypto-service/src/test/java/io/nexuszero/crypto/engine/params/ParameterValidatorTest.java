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
        assertThat(validator.validate(with(1024, 12289, 2, 2, "uniform", 1, 20, 3000)).isValid()).isTrue();
        assertThat(validator.validate(with(4096, 2147377153, 1, 1, "cbd", 3, 100, 1 << 28)).isValid()).isTrue();
    }

    @Test
    void eachBrokenRuleHasAPreciseReason() {
        assertThat(validator.validate(with(300, 8380417, 5, 5, "cbd", 2, 39, 1 << 18)).reasons())
            .containsExactly("ringDegree: 300 is not a power of two in [256, 4096]");
        assertThat(validator.validate(with(8192, 8380417, 5, 5, "cbd", 2, 39, 1 << 18)).reasons())
            .containsExactly("ringDegree: 8192 is not a power of two in [256, 4096]");
        assertThat(validator.validate(with(256, 8380419, 5, 5, "cbd", 2, 39, 1 << 18)).reasons())
            .containsExactly("modulus: 8380419 is not prime");
        assertThat(validator.validate(with(256, 3329, 5, 5, "cbd", 2, 39, 1000)).reasons())
            .containsExactly("modulus: 3329 is not congruent to 1 mod 2n = 512 "
                + "(the negacyclic NTT needs a primitive 2n-th root of unity)");
        assertThat(validator.validate(with(256, 8380417, 0, 65, "cbd", 2, 39, 1 << 18)).reasons())
            .containsExactly("rankK: 0 must be in [1, 64]", "rankL: 65 must be in [1, 64]");
        assertThat(validator.validate(with(256, 8380417, 5, 5, "gaussian", 2, 39, 1 << 18)).reasons())
            .containsExactly("secretDistribution: must be \"cbd\" or \"uniform\"");
        assertThat(validator.validate(with(256, 8380417, 5, 5, null, 0, 39, 1 << 18)).reasons())
            .containsExactly("secretDistribution: must be \"cbd\" or \"uniform\"", "eta: 0 must be in [1, 15]");
        assertThat(validator.validate(with(256, 8380417, 5, 5, "cbd", 2, 257, 1 << 18)).reasons())
            .containsExactly("challengeWeight: 257 must be in [1, n]");
        assertThat(validator.validate(with(256, 8380417, 5, 5, "cbd", 2, 39, 78)).reasons())
            .containsExactly("gamma: 78 must exceed challengeWeight * eta = 78 (responses must satisfy |z| <= "
                + "gamma - challengeWeight * eta)");
        assertThat(validator.validate(with(256, 8380417, 5, 5, "cbd", 2, 39, 4190209)).reasons())
            .containsExactly("gamma: 4190209 must be below modulus / 2");
        assertThat(validator.validate(null).reasons()).containsExactly("parameters are missing");
    }

    @Test
    void securityRuleRunsOnlyOnStructurallyValidParametersAndCanRefuse() {
        ParameterValidator strict = new ParameterValidator(p -> p.rankL() < 3 ? List.of("security: too weak") : List.of());
        assertThat(strict.validate(GOOD).isValid()).isTrue();
        assertThat(strict.validate(with(256, 8380417, 2, 2, "cbd", 2, 39, 1 << 18)).reasons())
            .containsExactly("security: too weak");
        assertThat(strict.validate(with(256, 8380419, 2, 2, "cbd", 2, 39, 1 << 18)).reasons())
            .containsExactly("modulus: 8380419 is not prime");
        assertThatThrownBy(() -> strict.requireValid(with(256, 8380417, 2, 2, "cbd", 2, 39, 1 << 18)))
            .isInstanceOf(InvalidParametersException.class).hasMessageContaining("security: too weak");
    }

    @Test
    void standardValidatorAppliesTheEstimatorFloor() {
        ParameterValidator standard = ParameterValidator.standard();
        for (ParameterSet preset : Presets.all()) {
            assertThat(standard.validate(preset.parameters()).reasons()).as(preset.id()).isEmpty();
        }
        // one module column: 256-dimensional secret, far below 80 bits; one row: MSIS with a 2^19 bound is easy
        assertThat(standard.validate(with(256, 8380417, 1, 1, "cbd", 2, 39, 1 << 18)).reasons())
            .anySatisfy(r -> assertThat(r).startsWith("security: key Module-LWE is estimated at")
                .endsWith("below the 80-bit floor; raise rankL, eta or ringDegree"))
            .anySatisfy(r -> assertThat(r).startsWith("security: proof Module-SIS is estimated at")
                .endsWith("raise rankK or lower gamma"));
        // structural problems are reported without running the estimator
        assertThat(standard.validate(with(256, 8380419, 1, 1, "cbd", 2, 39, 1 << 18)).reasons())
            .containsExactly("modulus: 8380419 is not prime");
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
