package io.nexuszero.monitor;

import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.views.common.ViewBundle;
import io.nexuszero.common.NexusZeroBundle;
import io.nexuszero.common.openapi.OpenApiResource;
import io.nexuszero.monitor.checks.CheckStore;
import io.nexuszero.monitor.db.Database;
import io.nexuszero.monitor.health.DatabaseHealthCheck;
import io.nexuszero.monitor.health.ProbeSchedulerHealthCheck;
import io.nexuszero.monitor.incident.AlertWebhookToken;
import io.nexuszero.monitor.incident.IncidentService;
import io.nexuszero.monitor.incident.IncidentStore;
import io.nexuszero.monitor.metrics.AlertMetrics;
import io.nexuszero.monitor.metrics.ProbeMetrics;
import io.nexuszero.monitor.probe.ProbeScheduler;
import io.nexuszero.monitor.probe.Target;
import io.nexuszero.monitor.resources.AlertsResource;
import io.nexuszero.monitor.resources.IncidentsResource;
import io.nexuszero.monitor.resources.StatusPageResource;
import io.nexuszero.monitor.resources.StatusResource;
import io.nexuszero.monitor.resources.TargetChecksResource;
import io.nexuszero.monitor.status.CheckRecorder;
import io.nexuszero.monitor.status.StatusBoard;
import io.nexuszero.monitor.status.StatusService;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class MonitorApplication extends Application<MonitorConfiguration> {

    public static final String SERVICE_NAME = "monitor-service";
    private static final Logger LOG = LoggerFactory.getLogger(MonitorApplication.class);

    private final NexusZeroBundle<MonitorConfiguration> nexusZero = new NexusZeroBundle<>(SERVICE_NAME);
    private final Clock clock;

    public MonitorApplication() {
        this(Clock.systemUTC());
    }

    /** A fixed or offset clock lets tests script time; production uses the system clock. */
    public MonitorApplication(Clock clock) {
        this.clock = clock;
    }

    public static void main(String[] args) throws Exception {
        new MonitorApplication().run(args);
    }

    @Override
    public String getName() {
        return SERVICE_NAME;
    }

    @Override
    public void initialize(Bootstrap<MonitorConfiguration> bootstrap) {
        bootstrap.addBundle(nexusZero);
        bootstrap.addBundle(new ViewBundle<>());
        bootstrap.addCommand(new DbCommand());
    }

    @Override
    public void run(MonitorConfiguration configuration, Environment environment) {
        // Refuse to start on a misconfigured target or token, naming it, before anything is opened.
        List<Target> targets = configuration.targetDefinitions();
        AlertWebhookToken alertToken = configuration.getAlertWebhook().buildToken(configuration.dataPath());
        LOG.info("POST /v1/alerts requires a bearer token; token from {}", alertToken.source());

        // Managed objects stop in reverse order: the probes and the retention job stop before the database closes.
        Database database = configuration.buildDatabase(environment.lifecycle());
        CheckStore checks = new CheckStore(database);
        StatusBoard board = new StatusBoard(targets, checks.states());
        ProbeMetrics probeMetrics = new ProbeMetrics(targets, name -> board.state(name).health());
        AlertMetrics alertMetrics = new AlertMetrics();
        ProbeScheduler scheduler = configuration.buildProbeScheduler(targets,
                new CheckRecorder(checks, board, probeMetrics, nexusZero.errorMetrics()), environment.lifecycle(), clock);
        environment.lifecycle().manage(configuration.buildRetentionJob(checks, clock));
        StatusService status = new StatusService(board, checks, clock);
        IncidentService incidents = new IncidentService(new IncidentStore(database), alertMetrics, clock);

        probeMetrics.bindTo(nexusZero.meterRegistry());
        alertMetrics.bindTo(nexusZero.meterRegistry());
        environment.jersey().register(new StatusResource(status));
        environment.jersey().register(new TargetChecksResource(board, checks));
        environment.jersey().register(new AlertsResource(incidents));
        environment.jersey().register(new AlertsResource.TokenFilter(alertToken));
        environment.jersey().register(new IncidentsResource(incidents));
        environment.jersey().register(new StatusPageResource(
                configuration.getStatusPage().buildPages(status, checks, incidents, clock)));
        OpenApiResource.register(environment, SERVICE_NAME, "Probes the stack, keeps uptime and incidents");
        environment.healthChecks().register("database", new DatabaseHealthCheck(database));
        environment.healthChecks().register("probe-scheduler", new ProbeSchedulerHealthCheck(scheduler));
    }
}
