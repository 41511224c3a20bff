package io.nexuszero.optimizer.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.nexuszero.common.metrics.DomainMeterBinder;
import io.nexuszero.optimizer.api.HoldoutMetrics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

/**
 * Training: the holdout gauges {@code nexuszero_optimizer_training_loss} and {@code _accuracy} per algorithm, and
 * {@code nexuszero_optimizer_training_jobs_total} by outcome (docs/METRICS.md).
 */
public final class TrainingMetrics extends DomainMeterBinder {

    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
    public static final String REJECTED = "rejected";
    private static final List<String> JOB_STATUSES = List.of(SUCCEEDED, FAILED, REJECTED);

    private final List<String> modelLabels;
    private final Map<String, AtomicReference<HoldoutMetrics>> holdoutByModel = new ConcurrentHashMap<>();

    public TrainingMetrics(List<String> modelLabels) {
        this.modelLabels = List.copyOf(modelLabels);
    }

    /** Every series up front: gauges read NaN until a model of that algorithm is trained or loaded. */
    @Override
    protected void registerSeries(MeterRegistry registry) {
        modelLabels.forEach(this::holdout);
        JOB_STATUSES.forEach(status -> jobs(registry, status));
    }

    /** Sets the holdout gauges of an algorithm: loss = mean holdout RMSE of the log times, accuracy = mean R². */
    public void recordHoldout(String model, HoldoutMetrics holdout) {
        holdout(model).set(holdout);
    }

    public void trainingJobFinished(String status) {
        jobs(registry(), status).increment();
    }

    private AtomicReference<HoldoutMetrics> holdout(String model) {
        return holdoutByModel.computeIfAbsent(model, m -> {
            AtomicReference<HoldoutMetrics> ref = new AtomicReference<>();
            gauge("nexuszero.optimizer.training.loss",
                    "Holdout RMSE (natural log of microseconds, mean of prove and verify)",
                    m, ref, r -> r.get() == null ? Double.NaN : r.get().meanRmse());
            gauge("nexuszero.optimizer.training.accuracy", "Holdout R² (mean of prove and verify)",
                    m, ref, r -> r.get() == null ? Double.NaN : r.get().meanR2());
            return ref;
        });
    }

    // One builder for registering and incrementing, so the series always carries its help text.
    private static Counter jobs(MeterRegistry registry, String status) {
        return Counter.builder("nexuszero.optimizer.training.jobs")
                .description("Training jobs by outcome: succeeded, failed, or rejected while another ran")
                .tag("status", status)
                .register(registry);
    }

    private <T> void gauge(String name, String description, String model, T state, ToDoubleFunction<T> value) {
        Gauge.builder(name, state, value).description(description).tag("model", model).strongReference(true)
                .register(registry());
    }
}
