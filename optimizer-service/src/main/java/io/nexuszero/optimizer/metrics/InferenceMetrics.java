package io.nexuszero.optimizer.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.nexuszero.common.metrics.DomainMeterBinder;
import io.nexuszero.common.metrics.LatencyBuckets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * {@code nexuszero_optimizer_inference_duration_seconds} (docs/METRICS.md). The {@code model} label is the algorithm
 * (cart | random-forest | linear), never a model id, so the label set stays bounded however often jobs run.
 */
public final class InferenceMetrics extends DomainMeterBinder {

    /** Inference is sub-millisecond when cached, tens of milliseconds when a table is computed. */
    private static final Duration[] BUCKETS = LatencyBuckets.IN_PROCESS.upTo(Duration.ofSeconds(1));

    private final List<String> modelLabels;
    // Looked up once per label: building a meter id and searching the registry on every request is wasted work.
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public InferenceMetrics(List<String> modelLabels) {
        this.modelLabels = List.copyOf(modelLabels);
    }

    @Override
    protected void registerSeries(MeterRegistry registry) {
        modelLabels.forEach(this::timer);
    }

    public <T> T timeInference(String model, Supplier<T> inference) {
        return timer(model).record(inference);
    }

    private Timer timer(String model) {
        Timer timer = timers.get(model);
        return timer != null ? timer : timers.computeIfAbsent(model, label -> Timer.builder(
                        "nexuszero.optimizer.inference.duration")
                .description("Time to produce a request's predictions with the serving model")
                .tag("model", label)
                .serviceLevelObjectives(BUCKETS)
                .register(registry()));
    }
}
