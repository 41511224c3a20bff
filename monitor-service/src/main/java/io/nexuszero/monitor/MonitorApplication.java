package io.nexuszero.monitor;

import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.views.common.ViewBundle;
import io.nexuszero.common.NexusZeroBundle;
import io.nexuszero.common.openapi.OpenApiResource;
import io.nexuszero.common.info.InfoResource;
import io.nexuszero.monitor.core.AlertWebhookToken;
import io.nexuszero.monitor.core.CheckRecorder;
import io.nexuszero.monitor.core.HttpProber;
import io.nexuszero.monitor.core.IncidentService;
import io.nexuszero.monitor.core.MonitorMetrics;
import io.nexuszero.monitor.core.ProbeScheduler;
import io.nexuszero.monitor.core.RetentionJob;
import io.nexuszero.monitor.core.StatusBoard;
import io.nexuszero.monitor.core.StatusService;
import io.nexuszero.monitor.core.Target;
import io.nexuszero.monitor.db.CheckStore;
import io.nexuszero.monitor.db.Database;
import io.nexuszero.monitor.db.IncidentStore;
import io.nexuszero.monitor.health.DatabaseHealthCheck;
import io.nexuszero.monitor.health.ProbeSchedulerHealthCheck;
import io.nexuszero.monitor.resources.AlertsResource;
import io.nexuszero.monitor.resources.IncidentsResource;
import io.nexuszero.monitor.resources.StatusPageResource;
import io.nexuszero.monitor.resources.StatusResource;
import io.nexuszero.monitor.resources.TargetChecksResource;
import io.nexuszero.monitor.views.StatusPageFactory;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
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
    }

    @Override
    public void run(MonitorConfiguration configuration, Environment environment) {
        // Refuse to start on a misconfigured target, naming it, before anything is opened.
        List<Target> targets = configuration.targetDefinitions();
        MonitorConfiguration.AlertWebhookConfiguration webhook = configuration.getAlertWebhook();
        AlertWebhookToken alertToken = AlertWebhookToken.resolve(webhook.getToken(), webhook.getTokenFile(),
                configuration.dataPath().resolve("alert-webhook-token"), false);
        LOG.info("POST /v1/alerts requires a bearer token; token from {}", alertToken.source());

        Database database = Database.open(configuration.dataPath());
        environment.lifecycle().manage(database);
        CheckStore checks = new CheckStore(database);
        IncidentStore incidentStore = new IncidentStore(database);

        StatusBoard board = new StatusBoard(targets, checks.states());
        MonitorMetrics metrics = new MonitorMetrics(nexusZero.meterRegistry(), targets, board);
        CheckRecorder recorder = new CheckRecorder(checks, board, metrics, nexusZero.errorMetrics());

        ExecutorService httpClientThreads = environment.lifecycle()
                .executorService("probe-http-%d").minThreads(2).maxThreads(2).build();
        HttpProber prober = new HttpProber(clock, httpClientThreads,
                "nexuszero-monitor/" + InfoResource.buildVersion());
        ProbeScheduler scheduler = new ProbeScheduler(targets, prober, recorder,
                configuration.getMaxConcurrentProbes(), clock);
        // Managed objects stop in reverse order: the scheduler stops before the database closes.
        environment.lifecycle().manage(scheduler);
        environment.lifecycle().addServerLifecycleListener(server -> scheduler.beginProbing());
        environment.lifecycle().manage(new RetentionJob(checks, configuration.getRawRetention().toJavaDuration(),
                configuration.getRollupRetention().toJavaDuration(),
                configuration.getRetentionRunEvery().toJavaDuration(), clock));

        StatusService status = new StatusService(board, checks, clock);
        IncidentService incidents = new IncidentService(incidentStore, metrics, clock);
        MonitorConfiguration.StatusPageConfiguration page = configuration.getStatusPage();

        environment.jersey().register(new StatusResource(status));
        environment.jersey().register(new TargetChecksResource(board, checks));
        environment.jersey().register(new AlertsResource(incidents));
        environment.jersey().register(new AlertsResource.TokenFilter(alertToken));
        environment.jersey().register(new IncidentsResource(incidents));
        environment.jersey().register(new StatusPageResource(new StatusPageFactory(status, checks, incidents, clock,
                page.getRefresh().toJavaDuration(), page.getHistoryPoints(), page.getRecentIncidents())));
        OpenApiResource.register(environment, SERVICE_NAME, "Probes the stack, keeps uptime and incidents");

        environment.healthChecks().register("database", new DatabaseHealthCheck(database));
        environment.healthChecks().register("probe-scheduler", new ProbeSchedulerHealthCheck(scheduler));
    }
}
