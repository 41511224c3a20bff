package io.nexuszero.optimizer.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.Supplier;

/**
 * {@code nexuszero_optimizer_dataset_size} (docs/METRICS.md): samples shipped in the jar, samples measured here, and
 * valid candidates in the search space, each read at scrape time.
 */
public final class DatasetMetrics implements MeterBinder {

    private final Supplier<Number> bundled;
    private final Supplier<Number> collected;
    private final Supplier<Number> searchSpace;

    public DatasetMetrics(Supplier<Number> bundled, Supplier<Number> collected, Supplier<Number> searchSpace) {
        this.bundled = bundled;
        this.collected = collected;
        this.searchSpace = searchSpace;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        size(registry, "bundled", bundled);
        size(registry, "collected", collected);
        size(registry, "search_space", searchSpace);
    }

    private static void size(MeterRegistry registry, String datasetType, Supplier<Number> size) {
        Gauge.builder("nexuszero.optimizer.dataset.size", size, s -> s.get().doubleValue())
                .description("Samples (bundled, collected) and valid candidates (search_space) the optimizer holds")
                .tag("dataset_type", datasetType)
                .register(registry);
    }
}
