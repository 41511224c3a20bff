package io.nexuszero.common;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.ConfiguredBundle;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.nexuszero.common.errors.ErrorMetrics;
import io.nexuszero.common.errors.ExceptionMappers;
import io.nexuszero.common.health.DataDirectoryHealthCheck;
import io.nexuszero.common.health.Readiness;
import io.nexuszero.common.health.ReadinessServlet;
import io.nexuszero.common.info.InfoResource;
import io.nexuszero.common.metrics.HttpMetricsListener;
import io.nexuszero.common.metrics.MetricsServlet;
import io.nexuszero.common.metrics.PrometheusMetrics;
import io.nexuszero.common.requestid.RequestIdFilter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.nexuszero.common.limits.RequestSizeLimit;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;

/**
 * The one bundle every NexusZero service adds: environment-variable substitution in config.yml,
 * Prometheus metrics on the admin port, HTTP metrics by route template, request ids, JSON errors,
 * body size limits, readiness that drains at shutdown, and {@code GET /v1/info}.
 */
public class NexusZeroBundle<T extends NexusZeroConfiguration> implements ConfiguredBundle<T> {

    private final String serviceName;
    private PrometheusMeterRegistry meterRegistry;
    private ErrorMetrics errorMetrics;
    private Readiness readiness;

    public NexusZeroBundle(String serviceName) {
        this.serviceName = serviceName;
    }

    @Override
    public void initialize(Bootstrap<?> bootstrap) {
        // strict=false: ${VAR:-default} everywhere, so config.yml runs on a laptop as it is.
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
    }

    @Override
    public void run(T configuration, Environment environment) {
        meterRegistry = PrometheusMetrics.create(serviceName, environment);
        errorMetrics = new ErrorMetrics(meterRegistry);
        readiness = new Readiness(environment.healthChecks(), configuration.getReadinessDrainPeriod());

        if (configuration.getServerFactory() instanceof AbstractServerFactory serverFactory) {
            // Our mappers answer every error with {"code","message"}; Dropwizard's defaults would not.
            serverFactory.setRegisterDefaultExceptionMappers(false);
        }
        ExceptionMappers.register(environment.jersey(), errorMetrics);
        environment.jersey().register(new HttpMetricsListener(meterRegistry));
        RequestSizeLimit sizeLimit = new RequestSizeLimit(configuration.getMaxRequestBodySize().toBytes(),
                configuration.getMaxSwallowedRequestBodySize().toBytes(), configuration.largeBodyRouteLimits(),
                configuration.getMaxConcurrentLargeRequests());
        environment.jersey().register(sizeLimit);
        // Jackson refuses strings over 20M characters by default; a large-body route's base64 fields may be longer
        environment.getObjectMapper().getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, Math.max(sizeLimit.largestLimit(),
                        StreamReadConstraints.DEFAULT_MAX_STRING_LEN)))
                .build());
        environment.healthChecks().register("data-directory", new DataDirectoryHealthCheck(configuration.dataPath()));
        environment.jersey().register(new InfoResource(serviceName, Clock.systemUTC()));

        environment.servlets()
                .addFilter("request-id", new RequestIdFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        environment.servlets()
                .addFilter("large-body-permits", sizeLimit.permitRelease())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");

        environment.admin().addServlet("prometheus-metrics", new MetricsServlet(meterRegistry))
                .addMapping("/metrics");
        environment.admin().addServlet("readiness", new ReadinessServlet(readiness, environment.getObjectMapper()))
                .addMapping("/ready");
        environment.lifecycle().addServerLifecycleListener(readiness::drainOnShutdown);
    }

    /** Registry for the service's own domain metrics; every meter carries {@code service=<name>}. */
    public PrometheusMeterRegistry meterRegistry() {
        return requireStarted(meterRegistry);
    }

    /** Binds a service's metrics binder to {@link #meterRegistry()} and hands it back, for one-line wiring. */
    public <B extends MeterBinder> B bind(B binder) {
        binder.bindTo(meterRegistry());
        return binder;
    }

    /** Counts domain errors under {@code nexuszero_error_count_total}. */
    public ErrorMetrics errorMetrics() {
        return requireStarted(errorMetrics);
    }

    public String serviceName() {
        return serviceName;
    }

    private static <V> V requireStarted(V value) {
        if (value == null) {
            throw new IllegalStateException("NexusZeroBundle has not run yet; use it from Application.run");
        }
        return value;
    }
}
