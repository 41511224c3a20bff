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
        // L = 1000, r = ⌈log2|C| / log2 q⌉ = ⌈192.76 / 23.0⌉ = 9 garbage polys: t1' (κ = 4) and t2' (9) at 23 bits,
        // h (9 × 255 coefficients at 23 bits = 734 bytes each), z (κ + ℓ + λ = 12) and z' (κ + r + λ = 17) at 18 bits;
        // statement: L, a (1000 × 23 bits), b (4 bytes), t1 (κ polys) and the first L coefficients of t2
        assertThat(ProofSizes.of(ML_DSA_44_LIKE, ProofType.LINEAR_RELATION, 1000))
                .isEqualTo(new ProofSizes.ProofSize(19 + 64 + 13 * 256 * 23 / 8 + 9 * 734 + 29 * 256 * 18 / 8,
                        19 + 2 + 2875 + 4 + 4 * 256 * 23 / 8 + 2875));
    }

    @Test
    void namedSetsCarryTheirIdInTheHeader() {
        ProofSizes.ProofSize named = ProofSizes.of(new ParameterSet("nz-128", ML_DSA_44_LIKE), ProofType.LWE_SECRET, 0);
        ProofSizes.ProofSize custom = ProofSizes.of(ML_DSA_44_LIKE, ProofType.LWE_SECRET, 0);
        assertThat(custom.proofBytes() - named.proofBytes()).isEqualTo("custom".length() - "nz-128".length());
    }
}
