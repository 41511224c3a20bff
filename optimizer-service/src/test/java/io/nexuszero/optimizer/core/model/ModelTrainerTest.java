package io.nexuszero.optimizer.core.model;

import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.core.dataset.Sample;
import io.nexuszero.optimizer.core.space.SearchSpaceSnapshot;
import io.nexuszero.optimizer.support.SyntheticData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelTrainerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-03T04:05:06Z"), ZoneOffset.UTC);
    private static List<Sample> samples;
    private static ModelTrainer.Outcome outcome;

    @BeforeAll
    static void train() {
        SearchSpaceSnapshot space = SyntheticData.snapshot(SyntheticData.smallGrid());
        samples = SyntheticData.samples(space, List.of(1, 16, 256), 7);
        outcome = new ModelTrainer(CLOCK, 0.25, List.of(Algorithm.values())).train(samples, 42);
    }

    @Test
    void aChosenServingAlgorithmServesWhileEveryAlgorithmIsScored() {
        ModelTrainer trainer = new ModelTrainer(CLOCK, 0.25, List.of(Algorithm.values()));
        for (Algorithm serving : List.of(Algorithm.CART, Algorithm.LEAST_SQUARES)) {
            ModelTrainer.Outcome chosen = trainer.train(samples, 42, serving);
            assertThat(chosen.best().info().algorithm()).isEqualTo(serving.label());
            assertThat(chosen.scores()).containsOnlyKeys(outcome.scores().keySet());
        }
        assertThat(Algorithm.fromLabel("random-forest")).isEqualTo(Algorithm.RANDOM_FOREST);
    }

    @Test
    void splitsByCandidateSoNoParameterSetIsInBothSides() {
        ModelTrainer.Split split = new ModelTrainer(CLOCK, 0.25, List.of(Algorithm.CART)).split(samples, 42);
        Set<String> train = new HashSet<>(split.train().stream().map(Sample::candidateId).toList());
        Set<String> test = new HashSet<>(split.test().stream().map(Sample::candidateId).toList());
        assertThat(test).isEqualTo(split.testCandidates()).isNotEmpty();
        assertThat(train).doesNotContainAnyElementsOf(test);
        assertThat(split.train().size() + split.test().size()).isEqualTo(samples.size());
    }

    @Test
    void scoresEveryAlgorithmAndServesTheBestOnHoldout() {
        assertThat(outcome.scores()).containsOnlyKeys(Algorithm.values());
        double best = outcome.scores().values().stream().mapToDouble(h -> h.meanRmse()).min().orElseThrow();
        assertThat(outcome.best().info().holdout().meanRmse()).isEqualTo(best);
        assertThat(outcome.best().info().holdout().prove().r2()).isGreaterThan(0.8);
        assertThat(outcome.best().info().trainedAt()).isEqualTo(CLOCK.instant());
        assertThat(outcome.best().info().id()).startsWith(outcome.best().info().algorithm() + "-20260203T040506Z");
        assertThat(outcome.best().info().provenance()).contains("tribuo-version");
        assertThat(outcome.best().info().sampleCount()).isEqualTo(samples.size());
    }

    @Test
    void predictsInMicrosecondsOnTheOriginalScale() {
        Sample sample = samples.get(0);
        LatencyPrediction p = outcome.best().predict(sample.parameters(),
                ProofType.fromWireName(sample.proofType()).orElseThrow(), sample.witnessLength(),
                Math.log(sample.expectedAttempts()));
        assertThat(p.proveMicros()).isBetween(sample.proveMicros() / 3, sample.proveMicros() * 3);
        assertThat(p.verifyMicros()).isLessThan(p.proveMicros());
    }

    @Test
    void refusesTooFewParameterSets() {
        List<Sample> few = samples.stream().filter(s -> s.candidateId().equals(samples.get(0).candidateId())).toList();
        assertThatThrownBy(() -> new ModelTrainer(CLOCK, 0.25, List.of(Algorithm.CART)).train(few, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 5");
    }

    static ModelTrainer.Outcome outcome() {
        if (outcome == null) {
            train();
        }
        return outcome;
    }
}
