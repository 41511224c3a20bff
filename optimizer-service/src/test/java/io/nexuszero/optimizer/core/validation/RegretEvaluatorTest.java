package io.nexuszero.optimizer.core.validation;

import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.core.dataset.Sample;
import io.nexuszero.optimizer.core.model.LatencyModel;
import io.nexuszero.optimizer.core.model.LatencyPrediction;
import io.nexuszero.optimizer.core.recommend.Objective;
import io.nexuszero.optimizer.core.space.SearchSpace;
import io.nexuszero.optimizer.support.DataDirFixture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RegretEvaluatorTest {
    private final SearchSpace space = new SearchSpace(DataDirFixture.snapshot());
    private final LatencyModel model = DataDirFixture.model();

    /** "Measurements" equal to the model's own predictions, so the model is perfect on them. */
    private List<Sample> perfectMeasurements() {
        List<Sample> samples = new ArrayList<>();
        space.candidates().forEach(c -> {
            LatencyPrediction p = model.predict(c, ProofType.LWE_SECRET, 1);
            double attempts = Math.exp(c.lnExpectedAttempts(ProofType.LWE_SECRET, 1));
            samples.add(new Sample(c.id(), c.parameters(), "lwe-secret", 1, p.proveMicros(), p.verifyMicros(),
                    c.proofBytes(ProofType.LWE_SECRET, 1), 3, "test", null, Sample.MEAN, null, attempts, attempts));
        });
        return samples;
    }

    @Test
    void aPerfectModelHasNoRegret() {
        RegretEvaluator.Result result = new RegretEvaluator().evaluate(model, perfectMeasurements(),
                id -> space.find(id).orElse(null), List.of(100), Map.of("prove", new Objective(0, 1, 0)));
        assertThat(result.cases()).isNotEmpty().allSatisfy(c -> assertThat(c.regret()).isZero());
        assertThat(result.maxRegret()).isZero();
    }

    @Test
    void regretIsHowMuchWorseTheRecommendedCandidateMeasuredThanTheBest() {
        List<Sample> samples = perfectMeasurements();
        List<Sample> feasible = samples.stream().filter(s -> space.find(s.candidateId()).orElseThrow().meets(100))
                .sorted(Comparator.comparingDouble(Sample::proveMicros)).toList();
        Sample predictedBest = feasible.get(0);
        double secondBest = feasible.get(1).proveMicros();
        // The model still thinks predictedBest is fastest, but it measured 3× the runner-up.
        samples.replaceAll(s -> s != predictedBest ? s : new Sample(s.candidateId(), s.parameters(), s.proofType(),
                s.witnessLength(), secondBest * 3, s.verifyMicros(), s.proofBytes(), 3, "test", null, Sample.MEAN, null,
                s.meanAttempts(), s.expectedAttempts()));
        RegretEvaluator.Result result = new RegretEvaluator().evaluate(model, samples,
                id -> space.find(id).orElse(null), List.of(100), Map.of("prove", new Objective(0, 1, 0)));
        assertThat(result.cases()).hasSize(1);
        RegretEvaluator.Case only = result.cases().get(0);
        assertThat(only.recommended()).isEqualTo(predictedBest.candidateId());
        assertThat(only.regret()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
