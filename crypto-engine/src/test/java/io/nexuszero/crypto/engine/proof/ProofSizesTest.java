package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.params.LatticeParameters;
import io.nexuszero.crypto.engine.params.ParameterSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProofSizesTest {

    private static final LatticeParameters ML_DSA_44_LIKE =
            new LatticeParameters(256, 8380417, 4, 4, "cbd", 2, 39, 1 << 17);

    @Test
    void closedFormsForCustomParameters() {
        // header = 5 + |"custom"| + 8 = 19; c̃ = 64; z: 8 polys · 256 coefficients · 18 bits (2B = 261988)
        assertThat(ProofSizes.of(ML_DSA_44_LIKE, ProofType.LWE_SECRET, 0))
                .isEqualTo(new ProofSizes.ProofSize(19 + 64 + 8 * 256 * 18 / 8, 19 + 32 + 4 * 256 * 23 / 8));
        // L = 1000 → ℓ = 4: z has κ + ℓ + λ = 12 polys; statement: L (2 bytes) + κ · 256 · 23 bits + L · 23 bits
        assertThat(ProofSizes.of(ML_DSA_44_LIKE, ProofType.COMMITMENT_OPENING, 1000))
                .isEqualTo(new ProofSizes.ProofSize(19 + 64 + 12 * 256 * 18 / 8, 19 + 2 + 4 * 256 * 23 / 8 + 2875));
        // j = 3: z_i has κ + 1 + λ = 9 polys each; statement: j, a_1..a_3, b, 3 · (κ + 1) polys
        assertThat(ProofSizes.of(ML_DSA_44_LIKE, ProofType.LINEAR_RELATION, 3))
                .isEqualTo(new ProofSizes.ProofSize(19 + 64 + 3 * 9 * 256 * 18 / 8,
                        19 + 2 + 4 * 4 + 3 * 5 * 256 * 23 / 8));
    }

    @Test
    void namedSetsCarryTheirIdInTheHeader() {
        ProofSizes.ProofSize named = ProofSizes.of(new ParameterSet("nz-128", ML_DSA_44_LIKE), ProofType.LWE_SECRET, 0);
        ProofSizes.ProofSize custom = ProofSizes.of(ML_DSA_44_LIKE, ProofType.LWE_SECRET, 0);
        assertThat(custom.proofBytes() - named.proofBytes()).isEqualTo("custom".length() - "nz-128".length());
    }
}
