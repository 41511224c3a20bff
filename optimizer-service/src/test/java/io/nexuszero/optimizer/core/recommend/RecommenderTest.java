package io.nexuszero.optimizer.core.recommend;

import io.nexuszero.optimizer.core.model.LatencyPrediction;
import io.nexuszero.optimizer.core.space.Candidate;

import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.core.model.Algorithm;
import io.nexuszero.optimizer.core.model.LatencyModel;
import io.nexuszero.optimizer.core.model.ModelTrainer;
import io.nexuszero.optimizer.core.space.SearchSpace;
import io.nexuszero.optimizer.core.space.SearchSpaceSnapshot;
import io.nexuszero.optimizer.support.SyntheticData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecommenderTest {
    private static SearchSpace space;
    private static LatencyModel model;
    private final Recommender recommender = new Recommender();

    @BeforeAll
    static void setUp() {
        SearchSpaceSnapshot snapshot = SyntheticData.snapshot(SyntheticData.smallGrid());
        space = new SearchSpace(snapshot);
        model = new ModelTrainer(Clock.systemUTC(), 0.25, List.of(Algorithm.CART))
                .train(SyntheticData.samples(snapshot, List.of(1, 16, 256), 3), 3).best();
    }

    @Test
    void everyRankedCandidateMeetsTheTargetAndScoresAreSorted() {
        Recommender.Ranking ranking = recommender.rank(space, model, ProofType.COMMITMENT_OPENING, 16, 100,
                new Objective(1, 1, 1), 5);
        assertThat(ranking.best()).hasSize(5).allSatisfy(s -> assertThat(s.candidate().estimate().classicalBits())
                .isGreaterThanOrEqualTo(100));
        assertThat(ranking.best()).isSortedAccordingTo(Comparator.comparingDouble(ScoredCandidate::score));
        long feasible = space.candidates().stream().filter(c -> c.meets(100)).count();
        assertThat(ranking.feasibleCount()).isEqualTo((int) feasible);
    }

    @Test
    void sizeOnlyObjectivePicksTheSmallestFeasibleProofWithScoreOne() {
        Recommender.Ranking ranking = recommender.rank(space, model, ProofType.LINEAR_RELATION, 64, 120,
                new Objective(1, 0, 0), 5);
        long smallest = space.candidates().stream().filter(c -> c.meets(120))
                .mapToLong(c -> c.proofBytes(ProofType.LINEAR_RELATION, 64)).min().orElseThrow();
        assertThat(ranking.best().get(0).proofBytes()).isEqualTo(smallest);
        assertThat(ranking.best().get(0).score()).isEqualTo(1.0);
    }

    @Test
    void proveTimeObjectiveFollowsThePredictions() {
        Recommender.Ranking ranking = recommender.rank(space, model, ProofType.LWE_SECRET, 1, 90,
                new Objective(0, 1, 0), 5);
        double fastest = space.candidates().stream().filter(c -> c.meets(90))
                .mapToDouble(c -> model.predict(c, ProofType.LWE_SECRET, 1).proveMicros()).min().orElseThrow();
        assertThat(ranking.best().get(0).predicted().proveMicros()).isEqualTo(fastest);
    }

    @Test
    void topFiveIsExactlyTheHeadOfAFullSortByScoreThenId() {
        for (int length : List.of(1, 16, 100, 4096)) {   // 100: between two anchors, interpolated
            for (Objective objective : List.of(new Objective(1, 1, 1), new Objective(0, 1, 0), new Objective(1, 0, 2))) {
                ProofType type = ProofType.COMMITMENT_OPENING;
                List<Candidate> feasible = space.candidates().stream()
                        .filter(c -> c.meets(110) && c.proofBytes(type, length) != null).toList();
                double minBytes = feasible.stream().mapToDouble(c -> c.proofBytes(type, length)).min().orElseThrow();
                Recommender.Ranking ranking = recommender.rank(space, model, type, length, 110, objective, 5);
                // predictions straight from the table (independent of the ranking's top-k bookkeeping)
                PredictionTable.Column column = new PredictionTable(model, space).column(type, length);
                double minProve = Double.MAX_VALUE;
                double minVerify = Double.MAX_VALUE;
                java.util.Map<String, LatencyPrediction> predicted = new java.util.HashMap<>();
                for (int i = 0; i < space.size(); i++) {
                    Candidate c = space.candidates().get(i);
                    if (feasible.contains(c)) {
                        LatencyPrediction p = new LatencyPrediction(column.proveMicros()[i], column.verifyMicros()[i]);
                        predicted.put(c.id(), p);
                        minProve = Math.min(minProve, p.proveMicros());
                        minVerify = Math.min(minVerify, p.verifyMicros());
                    }
                }
                double mp = minProve;
                double mv = minVerify;
                List<String> expected = feasible.stream()
                        .sorted(Comparator.comparingDouble((Candidate c) -> objective.score(c.proofBytes(type, length),
                                predicted.get(c.id()).proveMicros(), predicted.get(c.id()).verifyMicros(), minBytes, mp, mv))
                                .thenComparing(Candidate::id))
                        .limit(5).map(Candidate::id).toList();
                assertThat(ranking.best().stream().map(s -> s.candidate().id()).toList())
                        .as("L=%d %s", length, objective).isEqualTo(expected);
                assertThat(ranking.feasibleCount()).isEqualTo(feasible.size());
            }
        }
    }

    @Test
    void unreachableTargetGivesNoCandidates() {
        assertThat(recommender.rank(space, model, ProofType.LWE_SECRET, 1, 10_000, new Objective(1, 1, 1), 5).best())
                .isEmpty();
    }

    @Test
    void objectiveRejectsNegativeOrAllZeroWeights() {
        assertThatThrownBy(() -> new Objective(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Objective(-1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Objective(2, 0, 0).score(200, 1, 1, 100, 1, 1)).isEqualTo(2.0);
        assertThat(new Objective(1, 1, 0).score(100, 3, 1, 100, 1, 1)).isEqualTo(2.0);
    }
}
