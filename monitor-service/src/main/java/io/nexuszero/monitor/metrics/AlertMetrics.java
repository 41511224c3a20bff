package io.nexuszero.monitor.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter.MeterProvider;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Alerts from Alertmanager that opened an incident (docs/METRICS.md), by {@code alert_type} (the alertname) and
 * severity. The label values come from the alerts, so series appear as alerts arrive.
 */
public final class AlertMetrics implements MeterBinder {

    private volatile MeterProvider<Counter> opened;

    @Override
    public void bindTo(MeterRegistry registry) {
        opened = Counter.builder("nexuszero.monitor.alerts")
                .description("Alerts from Alertmanager that opened an incident, by alertname and severity")
                .withRegistry(registry);
    }

    /** One alert that opened an incident. */
    public void recordOpened(String alertname, String severity) {
        MeterProvider<Counter> counters = opened;
        if (counters == null) {
            throw new IllegalStateException("AlertMetrics is not bound to a registry");
        }
        counters.withTags("alert_type", alertname, "severity", severity).increment();
    }
}
