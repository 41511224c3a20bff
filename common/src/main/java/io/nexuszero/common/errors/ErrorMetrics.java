package io.nexuszero.common.errors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code nexuszero_error_count_total{error_type,severity}}: every error a service answers or swallows. */
public class ErrorMetrics {

    public static final String CLIENT = "client";
    public static final String SERVER = "server";

    private final MeterRegistry registry;

    public ErrorMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(String errorType, String severity) {
        Counter.builder("nexuszero.error.count")
                .description("Errors by type and severity (client: 4xx, server: 5xx or internal failure)")
                .tags("error_type", errorType, "severity", severity)
                .register(registry)
                .increment();
    }

    /** Severity for an HTTP status: 5xx is the server's fault, anything else the client's. */
    public static String severityOf(int status) {
        return status >= 500 ? SERVER : CLIENT;
    }
}
