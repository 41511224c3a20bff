package io.nexuszero.optimizer.core.model;

import io.nexuszero.crypto.engine.proof.LinearRelationProof;
import io.nexuszero.crypto.engine.proof.ProofParameters;
import io.nexuszero.crypto.engine.proof.RangeProof;
import io.nexuszero.optimizer.api.LatticeParameters;
import io.nexuszero.optimizer.api.ProofType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FeaturesTest {
    private static final LatticeParameters NZ_128 = new LatticeParameters(256, 8380417, 5, 5, "cbd", 2, 39, 262144);

    private static double feature(double[] values, String name) {
        return values[Features.NAMES.indexOf(name)];
    }

    @Test
    void oneValuePerNameAndWorkOnlyInTheProofTypesOwnColumns() {
        double[] opening = Features.of(NZ_128, ProofType.COMMITMENT_OPENING, 300, 0.8);
        assertThat(opening).hasSize(Features.NAMES.size());
        // κ + ⌈300/256⌉ + λ = 12 ring elements of 256 coefficients: NTT work 256 · 8 · 12
        assertThat(feature(opening, "log2_masked_ntt_work_commitment_opening"))
                .isCloseTo(Math.log(256 * 8 * 12) / Math.log(2), within(1e-12));
        assertThat(feature(opening, "log2_masked_data_commitment_opening"))
                .isCloseTo(Math.log(256 * 12 * 23) / Math.log(2), within(1e-12));
        assertThat(feature(opening, "log2_masked_ntt_work_lwe_secret")).isZero();
        assertThat(feature(opening, "log2_masked_matrix_work_linear_relation")).isZero();
        assertThat(feature(opening, "ln_expected_attempts_commitment_opening")).isEqualTo(0.8);
        assertThat(feature(opening, "ln_expected_attempts_lwe_secret")).isZero();
    }

    @Test
    void lweSecretIgnoresTheWitnessLength() {
        assertThat(Features.of(NZ_128, ProofType.LWE_SECRET, 4096, 0.7))
                .containsExactly(Features.of(NZ_128, ProofType.LWE_SECRET, 1, 0.7));
    }

    @Test
    void linearRelationWorkIsFormatTwosOneCommitmentPlusGarbageFromTheEngine() {
        // format 2: (κ + ⌈L/n⌉ + λ) + (κ + r + λ) masked polynomials, r = ⌈log2|C| / log2 q⌉ garbage polynomials
        int garbage = LinearRelationProof.garbagePolys(ProofParameters.of("nz-test", 256, 8380417, 5, 5, "cbd", 2, 39,
                262144));
        assertThat(garbage).isEqualTo(9);   // log2|C| = 192.8 at n = 256, τ = 39 (nz-192's former τ), log2 q ≈ 23
        double[] four = Features.of(NZ_128, ProofType.LINEAR_RELATION, 4, 2.0);
        assertThat(feature(four, "log2_masked_matrix_work_linear_relation"))
                .isCloseTo(Math.log(256.0 * 5 * (11 + 10 + garbage)) / Math.log(2), within(1e-12));
        double[] all = Features.of(NZ_128, ProofType.LINEAR_RELATION, 4096, 2.0);
        assertThat(feature(all, "log2_masked_matrix_work_linear_relation"))
                .isCloseTo(Math.log(256.0 * 5 * (26 + 10 + garbage)) / Math.log(2), within(1e-12));
        // work grows with ⌈L/n⌉ only, not per value as format 1's commitment per value did
        double[] full = Features.of(NZ_128, ProofType.LINEAR_RELATION, 256, 2.0);
        for (String name : List.of("log2_masked_ntt_work_linear_relation", "log2_masked_matrix_work_linear_relation",
                "log2_masked_data_linear_relation", "log2_witness_polys")) {
            assertThat(feature(full, name)).as(name).isEqualTo(feature(four, name));
        }
        assertThat(Features.maskedPolynomials(NZ_128, ProofType.LINEAR_RELATION, 257)).isEqualTo(12 + 10 + garbage);
    }

    @Test
    void rangeWorkIsTheEnginesBitsCommitmentPlusAuxiliaryAndGrowsWithCeil64LOverN() {
        ProofParameters engine = ProofParameters.of("nz-test", 256, 8380417, 5, 5, "cbd", 2, 39, 262144);
        for (int length : List.of(1, 4, 5, 16, 112)) {
            assertThat(Features.maskedPolynomials(NZ_128, ProofType.RANGE, length))
                    .isEqualTo(RangeProof.maskedPolynomials(engine, length));
        }
        // ℓ_s = ⌈64L/256⌉: four values' bits fill one polynomial, the fifth starts another
        double[] one = Features.of(NZ_128, ProofType.RANGE, 1, 1.5);
        double[] four = Features.of(NZ_128, ProofType.RANGE, 4, 1.5);
        double[] five = Features.of(NZ_128, ProofType.RANGE, 5, 1.5);
        assertThat(feature(four, "log2_masked_ntt_work_range")).isEqualTo(feature(one, "log2_masked_ntt_work_range"));
        assertThat(feature(five, "log2_masked_ntt_work_range")).isGreaterThan(feature(four, "log2_masked_ntt_work_range"));
        // range's own columns only
        assertThat(feature(one, "type_range")).isEqualTo(1);
        assertThat(feature(one, "type_linear_relation")).isZero();
        assertThat(feature(one, "ln_expected_attempts_range")).isEqualTo(1.5);
        assertThat(feature(one, "ln_expected_attempts_linear_relation")).isZero();
        assertThat(feature(one, "log2_masked_ntt_work_linear_relation")).isZero();
        assertThat(feature(Features.of(NZ_128, ProofType.LINEAR_RELATION, 1, 1.5), "log2_masked_ntt_work_range"))
                .isZero();
        assertThat(feature(Features.of(NZ_128, ProofType.LINEAR_RELATION, 1, 1.5), "type_range")).isZero();
    }

    @Test
    void rangeMasksOneChunksPolynomialsPerAttemptAndCountsItsChunksAsRejectionLoops() {
        // the nz-128 preset: 32 values per chunk (the engine's own count, read here rather than assumed)
        LatticeParameters preset = new LatticeParameters(256, 268435313, 6, 6, "cbd", 2, 23, 1 << 18);
        ProofParameters engine = ProofParameters.of("nz-128", 256, 268435313, 6, 6, "cbd", 2, 23, 1 << 18);
        int perChunk = RangeProof.chunkValues(engine);
        assertThat(perChunk).isEqualTo(32);
        for (int length : List.of(1, 16, 32, 33, 64, 1024, 4096)) {
            assertThat(Features.maskedPolynomials(preset, ProofType.RANGE, length))
                    .isEqualTo(RangeProof.maskedPolynomials(engine, length));
        }
        double[] chunk = Features.of(preset, ProofType.RANGE, 32, 2.6);
        double[] twoChunks = Features.of(preset, ProofType.RANGE, 33, 2.6);
        double[] all = Features.of(preset, ProofType.RANGE, 4096, 2.6);
        assertThat(feature(chunk, "log2_rejection_loops")).isZero();
        assertThat(feature(twoChunks, "log2_rejection_loops")).isEqualTo(1.0);
        assertThat(feature(all, "log2_rejection_loops")).isCloseTo(7.0, within(1e-12));   // 128 chunks
        // one attempt masks the first chunk's polynomials, so beyond one chunk the work per attempt stays put
        for (String name : List.of("log2_masked_ntt_work_range", "log2_masked_matrix_work_range",
                "log2_masked_data_range")) {
            assertThat(feature(all, name)).as(name).isEqualTo(feature(chunk, name));
        }
        // every other proof runs one loop, however long its witness
        for (ProofType type : List.of(ProofType.LWE_SECRET, ProofType.COMMITMENT_OPENING, ProofType.LINEAR_RELATION)) {
            assertThat(feature(Features.of(preset, type, 4096, 2.6), "log2_rejection_loops")).as(type.wireName()).isZero();
        }
    }

    @Test
    void aSetThatCannotProveOneRangeValueStillHasFeatures() {
        // γ = 2^10 at nz-128: maxValues 0 in the engine (no Gaussian fits under B = γ − τη and uniform masks expect
        // too many attempts; 2^15 proves 16 values per chunk since range masks are Gaussian); crypto-service still
        // reports its sizes and attempts
        LatticeParameters narrow = new LatticeParameters(256, 268435313, 6, 6, "cbd", 2, 23, 1 << 10);
        double[] features = Features.of(narrow, ProofType.RANGE, 16, 9.0);
        assertThat(java.util.Arrays.stream(features).allMatch(Double::isFinite)).isTrue();
        assertThat(feature(features, "log2_rejection_loops")).isEqualTo(4.0);   // sized as chunks of one value
    }
}
