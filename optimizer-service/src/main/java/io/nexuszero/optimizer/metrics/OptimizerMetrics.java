package io.nexuszero.optimizer.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.nexuszero.optimizer.api.HoldoutMetrics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * optimizer-service's domain metrics (docs/METRICS.md). The {@code model} label is the algorithm
 * (cart | random-forest | linear), never a model id, so the label set stays bounded however often jobs run.
 */
public class OptimizerMetrics {
    /** Inference is sub-millisecond when cached, tens of milliseconds when a table is computed. */
    private static final Duration[] INFERENCE_BUCKETS = {
        Duration.ofNanos(50_000), Duration.ofNanos(100_000), Duration.ofNanos(250_000), Duration.ofNanos(500_000),
        Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1)};

    private final MeterRegistry registry;
    private final Map<String, AtomicReference<HoldoutMetrics>> holdoutByModel = new ConcurrentHashMap<>();
    // Looked up once per label: building a meter id and searching the registry on every request is wasted work.
    private final Map<String, Timer> inferenceTimers = new ConcurrentHashMap<>();

    /** Registers every series up front (gauges read NaN until a model of that algorithm is trained or loaded). */
    public OptimizerMetrics(MeterRegistry registry, List<String> modelLabels) {
        this.registry = registry;
        for (String model : modelLabels) {
            inferenceTimer(model);
            holdout(model);
        }
    }

    public <T> T timeInference(String model, Supplier<T> inference) {
        return inferenceTimer(model).record(inference);
    }

    private Timer inferenceTimer(String model) {
        Timer timer = inferenceTimers.get(model);
        return timer != null ? timer : inferenceTimers.computeIfAbsent(model, this::registerInferenceTimer);
    }

    private Timer registerInferenceTimer(String model) {
        return Timer.builder("nexuszero.optimizer.inference.duration")
                .description("Time to produce a request's predictions with the serving model")
                .tag("model", model)
                .serviceLevelObjectives(INFERENCE_BUCKETS)
                .register(registry);
    }

    /** Sets the holdout gauges of an algorithm: loss = mean holdout RMSE of the log times, accuracy = mean R². */
    public void recordHoldout(String model, HoldoutMetrics holdout) {
        holdout(model).set(holdout);
    }

    private AtomicReference<HoldoutMetrics> holdout(String model) {
        return holdoutByModel.computeIfAbsent(model, m -> {
            AtomicReference<HoldoutMetrics> ref = new AtomicReference<>();
            gauge("nexuszero.optimizer.training.loss", "Holdout RMSE (natural log of microseconds, mean of prove and verify)",
                    m, ref, r -> r.get() == null ? Double.NaN : r.get().meanRmse());
            gauge("nexuszero.optimizer.training.accuracy", "Holdout R² (mean of prove and verify)",
                    m, ref, r -> r.get() == null ? Double.NaN : r.get().meanR2());
            return ref;
        });
    }

    /** Registers a dataset size gauge read from {@code size} at scrape time. */
    public void datasetSize(String datasetType, Supplier<Number> size) {
        Gauge.builder("nexuszero.optimizer.dataset.size", size, s -> s.get().doubleValue())
                .description("Samples (bundled, collected) and valid candidates (search_space) the optimizer holds")
                .tag("dataset_type", datasetType)
                .register(registry);
    }

    public void trainingJobFinished(String status) {
        Counter.builder("nexuszero.optimizer.training.jobs")
                .description("Training jobs by outcome: succeeded, failed, or rejected while another ran")
                .tag("status", status)
                .register(registry)
                .increment();
    }

    /** Registers the job counters at zero so dashboards see every status from the start. */
    public void registerJobStatuses(String... statuses) {
        for (String status : statuses) {
            Counter.builder("nexuszero.optimizer.training.jobs").tag("status", status).register(registry);
        }
    }

    private <T> void gauge(String name, String description, String model, T state, ToDoubleFunction<T> value) {
        Gauge.builder(name, state, value).description(description).tag("model", model).strongReference(true).register(registry);
    }
}
