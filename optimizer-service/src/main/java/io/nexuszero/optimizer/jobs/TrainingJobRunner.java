package io.nexuszero.optimizer.jobs;

import io.nexuszero.optimizer.api.HoldoutMetrics;
import io.nexuszero.optimizer.client.CryptoServiceClient;
import io.nexuszero.optimizer.client.CryptoServiceException;
import io.nexuszero.optimizer.client.ServiceInfo;
import io.nexuszero.optimizer.core.dataset.DatasetStore;
import io.nexuszero.optimizer.core.dataset.Sample;
import io.nexuszero.optimizer.core.dataset.SampleCollector;
import io.nexuszero.optimizer.core.dataset.SpeedReference;
import io.nexuszero.optimizer.core.model.Algorithm;
import io.nexuszero.optimizer.core.model.ModelRegistry;
import io.nexuszero.optimizer.core.model.ModelTrainer;
import io.nexuszero.optimizer.core.space.Candidate;
import io.nexuszero.optimizer.core.space.SearchSpace;
import io.nexuszero.optimizer.core.space.SearchSpaceService;
import io.nexuszero.optimizer.metrics.TrainingMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Runs one training job: refreshes the search space, measures the design's points with crypto-service's benchmark
 * endpoint (every sample appended to the dataset as it arrives), trains and scores the models on all samples, and
 * offers the winner to the registry. The client's retries absorb crypto-service hiccups; what they cannot absorb
 * fails the job with the reason.
 */
public class TrainingJobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingJobRunner.class);

    private final CryptoServiceClient client;
    private final SearchSpaceService searchSpace;
    private final DatasetStore dataset;
    private final ModelTrainer trainer;
    private final ModelRegistry registry;
    private final TrainingMetrics metrics;
    private final SampleCollector collector;

    public TrainingJobRunner(CryptoServiceClient client, SearchSpaceService searchSpace, DatasetStore dataset,
                             ModelTrainer trainer, ModelRegistry registry, TrainingMetrics metrics, Clock clock) {
        this.client = client;
        this.searchSpace = searchSpace;
        this.dataset = dataset;
        this.trainer = trainer;
        this.registry = registry;
        this.metrics = metrics;
        this.collector = new SampleCollector(client, clock);
    }

    public void run(TrainingJob job) {
        TrainingDesign design = job.design();
        try {
            ServiceInfo info = client.info();
            SearchSpace space = searchSpace.refresh();
            List<Candidate> chosen = design.select(space);
            if (chosen.isEmpty()) {
                throw new IllegalArgumentException("the search space has no valid candidate with at least "
                        + design.minSecurityBits() + " classical bits");
            }
            List<TrainingDesign.Point> points = design.shuffledPoints(chosen);
            job.running(points.size());
            LOG.info("Training job {}: measuring {} points on {} candidates (crypto-service {})",
                    job.id(), points.size(), chosen.size(), info.version());
            for (TrainingDesign.Point point : points) {
                try {
                    dataset.append(collector.measure(point.candidate(), point.proofType(), point.witnessLength(),
                            design.iterationsFor(point), info.version()));
                    job.sampleCollected();
                } catch (CryptoServiceException e) {
                    if (!SampleCollector.refusedPoint(e)) {
                        throw e;
                    }
                    // crypto-service will not benchmark this point (e.g. too many rejection-sampling repetitions).
                    job.pointSkipped();
                    LOG.info("Training job {}: skipping {} {} L={}: {}", job.id(), point.candidate().id(),
                            point.proofType().wireName(), point.witnessLength(), e.getMessage());
                }
            }
            List<Sample> all = dataset.all();
            ModelTrainer.Outcome outcome = trainer.train(
                    SpeedReference.normalize(all, SpeedReference.medianReference(all)), design.seed());
            for (Map.Entry<Algorithm, HoldoutMetrics> score : outcome.scores().entrySet()) {
                metrics.recordHoldout(score.getKey().label(), score.getValue());
            }
            boolean promoted = registry.offer(outcome.best());
            job.succeeded(outcome.best().id(), promoted, outcome.best().info().holdout());
            metrics.trainingJobFinished(TrainingMetrics.SUCCEEDED);
            LOG.info("Training job {} succeeded: model {} ({}), promoted={}", job.id(), outcome.best().id(),
                    outcome.best().info().algorithm(), promoted);
        } catch (CryptoServiceException e) {
            fail(job, "crypto-service: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            fail(job, e.getMessage());
        } catch (IOException e) {
            fail(job, "storage: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Training job {} failed unexpectedly", job.id(), e);
            fail(job, "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void fail(TrainingJob job, String reason) {
        job.failed(reason);
        metrics.trainingJobFinished(TrainingMetrics.FAILED);
        LOG.warn("Training job {} failed: {}", job.id(), reason);
    }
}
