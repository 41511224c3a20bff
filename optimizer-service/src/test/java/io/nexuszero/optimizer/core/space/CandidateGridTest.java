package io.nexuszero.optimizer.core.space;

import io.nexuszero.optimizer.api.LatticeParameters;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateGridTest {

    private final CandidateGrid grid = new CandidateGrid(List.of(256, 1024), 1, 10, 1, 4096, List.of(26, 30),
            List.of("cbd", "uniform"), List.of(1, 2), List.of(23), List.of(10), List.of(1, 16));

    @Test
    void respectsRankGapModuleDimensionAndPartiallySplittingModuli() {
        List<LatticeParameters> all = grid.generate();
        assertThat(all).allSatisfy(p -> {
            assertThat(Math.abs(p.rankK() - p.rankL())).isLessThanOrEqualTo(1);
            assertThat((long) p.ringDegree() * Math.max(p.rankK(), p.rankL())).isLessThanOrEqualTo(4096);
            assertThat(p.modulus() % 32).as("X^n + 1 splits into 8 factors, not n").isEqualTo(17);
            assertThat(p.gamma()).isLessThan(p.modulus());
        });
        // n=256: 10 + 18 shapes, n=1024: 4 + 6 shapes; × 2 moduli × 2 distributions × 2 etas
        assertThat(all).hasSize((28 + 10) * 2 * 2 * 2);
        assertThat(new HashSet<>(all.stream().map(LatticeParameters::candidateId).toList())).hasSize(all.size());
    }

    @Test
    void fingerprintNamesTheGrid() {
        CandidateGrid other = new CandidateGrid(List.of(256), 1, 10, 1, 4096, List.of(26, 30),
                List.of("cbd", "uniform"), List.of(1, 2), List.of(23), List.of(10), List.of(1, 16));
        assertThat(grid.fingerprint()).isEqualTo(new CandidateGrid(List.of(256, 1024), 1, 10, 1, 4096, List.of(26, 30),
                List.of("cbd", "uniform"), List.of(1, 2), List.of(23), List.of(10), List.of(1, 16)).fingerprint());
        assertThat(grid.fingerprint()).isNotEqualTo(other.fingerprint());
        assertThat(grid.generate()).extracting(LatticeParameters::modulus).containsOnly(67108753L, 1073741329L);
    }
}
