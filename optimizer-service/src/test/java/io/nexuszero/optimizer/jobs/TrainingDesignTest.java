package io.nexuszero.optimizer.jobs;

import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.core.space.Candidate;
import io.nexuszero.optimizer.core.space.SearchSpace;
import io.nexuszero.optimizer.support.SyntheticData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingDesignTest {
    private final SearchSpace space = new SearchSpace(SyntheticData.snapshot(SyntheticData.smallGrid()));

    private TrainingDesign design(int candidates, long seed, double minBits) {
        return new TrainingDesign(candidates, List.of(ProofType.values()), List.of(1, 16, 8192), 3, seed, minBits, null);
    }

    @Test
    void drawsDistinctCandidatesSpreadOverRingDegreesReproduciblyFromTheSeed() {
        List<Candidate> chosen = design(6, 9, 0).select(space);
        assertThat(chosen).hasSize(6).doesNotHaveDuplicates();
        assertThat(chosen.stream().filter(c -> c.parameters().ringDegree() == 256)).hasSize(3);
        assertThat(chosen.stream().filter(c -> c.parameters().ringDegree() == 512)).hasSize(3);
        assertThat(design(6, 9, 0).select(space)).isEqualTo(chosen);
        assertThat(design(6, 10, 0).select(space)).isNotEqualTo(chosen);
    }

    @Test
    void respectsTheSecurityFloorAndStopsWhenTheSpaceRunsOut() {
        assertThat(design(1000, 1, 120).select(space)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.estimate().classicalBits()).isGreaterThanOrEqualTo(120))
                .hasSizeLessThan(space.size());
    }

    @Test
    void plansLweSecretOnceAndOnlySupportedWitnessLengths() {
        List<Candidate> chosen = design(2, 3, 0).select(space);
        List<TrainingDesign.Point> points = design(2, 3, 0).points(chosen);
        // per candidate: lwe-secret at L=1, and L ∈ {1, 16} for the three witness proofs (8192 exceeds the sizes reported)
        assertThat(points).hasSize(2 * (1 + 2 + 2 + 2));
        assertThat(points).filteredOn(p -> p.proofType() == ProofType.LWE_SECRET)
                .allSatisfy(p -> assertThat(p.witnessLength()).isEqualTo(1));
        assertThat(points).noneSatisfy(p -> assertThat(p.witnessLength()).isEqualTo(8192));
    }

    @Test
    void capsTheWitnessLengthPerProofType() {
        TrainingDesign capped = new TrainingDesign(2, List.of(ProofType.values()), List.of(1, 16), 3, 3, 0,
                java.util.Map.of("linear-relation", 4));
        List<TrainingDesign.Point> points = capped.points(capped.select(space));
        assertThat(points).filteredOn(p -> p.proofType() == ProofType.LINEAR_RELATION)
                .allSatisfy(p -> assertThat(p.witnessLength()).isEqualTo(1));
        assertThat(points).filteredOn(p -> p.proofType() == ProofType.COMMITMENT_OPENING)
                .extracting(TrainingDesign.Point::witnessLength).contains(16);
    }

    @Test
    void rangeHasItsOwnWitnessLengthsWithinEachParameterSetsLimit() {
        TrainingDesign design = new TrainingDesign(2, List.of(ProofType.values()), List.of(1, 16, 256), 3, 3, 0,
                null, java.util.Map.of("range", List.of(1, 32, SyntheticData.RANGE_LIMIT + 1)));
        List<TrainingDesign.Point> points = design.points(design.select(space));
        // range at its own lengths, the one above the (test) space's range limit left out
        assertThat(points).filteredOn(p -> p.proofType() == ProofType.RANGE)
                .extracting(TrainingDesign.Point::witnessLength).containsOnly(1, 32).hasSize(4);
        assertThat(points).filteredOn(p -> p.proofType() == ProofType.COMMITMENT_OPENING)
                .extracting(TrainingDesign.Point::witnessLength).containsOnly(1, 16, 256);
    }

    @Test
    void iterationsShrinkWithTheExpectedAttemptsButNeverBelowTheMinimum() {
        assertThat(TrainingDesign.iterations(40, 5, 1.5)).isEqualTo(40);
        assertThat(TrainingDesign.iterations(40, 5, 10)).isEqualTo(40);
        assertThat(TrainingDesign.iterations(40, 5, 20)).isEqualTo(20);
        assertThat(TrainingDesign.iterations(40, 5, 1000)).isEqualTo(5);
        assertThat(TrainingDesign.iterations(40, 5, Double.POSITIVE_INFINITY)).isEqualTo(5);
        assertThat(TrainingDesign.iterations(3, 5, 1000)).isEqualTo(3);   // never more than asked for
    }

    @Test
    void shuffledPointsAreTheSamePointsInASeededOrder() {
        TrainingDesign design = design(4, 5, 0);
        List<Candidate> chosen = design.select(space);
        List<TrainingDesign.Point> shuffled = design.shuffledPoints(chosen);
        assertThat(shuffled).containsExactlyInAnyOrderElementsOf(design.points(chosen))
                .isNotEqualTo(design.points(chosen));
        assertThat(design(4, 5, 0).shuffledPoints(chosen)).isEqualTo(shuffled);
    }
}
