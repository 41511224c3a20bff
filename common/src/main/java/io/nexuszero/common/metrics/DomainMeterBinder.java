package io.nexuszero.common.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * A service's metrics for one subject, as Micrometer's binders are built: {@link #bindTo} registers every series the
 * subject will ever have (at zero, so dashboards and the metrics contract see them before the first event), and the
 * recording methods the domain code calls write to the registry it was bound to.
 */
public abstract class DomainMeterBinder implements MeterBinder {

    private volatile MeterRegistry registry;

    @Override
    public final void bindTo(MeterRegistry registry) {
        this.registry = registry;
        registerSeries(registry);
    }

    /** Registers the subject's series with their zero values. */
    protected abstract void registerSeries(MeterRegistry registry);

    /** The registry this binder was bound to; recording before {@code bindTo} is a wiring mistake. */
    protected final MeterRegistry registry() {
        MeterRegistry bound = registry;
        if (bound == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " is not bound to a registry yet");
        }
        return bound;
    }
}
