package io.nexuszero.monitor;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.lifecycle.setup.LifecycleEnvironment;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import io.nexuszero.common.NexusZeroConfiguration;
import io.nexuszero.common.info.InfoResource;
import io.nexuszero.monitor.checks.CheckStore;
import io.nexuszero.monitor.checks.RetentionJob;
import io.nexuszero.monitor.db.Database;
import io.nexuszero.monitor.incident.AlertWebhookToken;
import io.nexuszero.monitor.incident.IncidentService;
import io.nexuszero.monitor.probe.CheckResult;
import io.nexuszero.monitor.probe.HttpProber;
import io.nexuszero.monitor.probe.ProbeScheduler;
import io.nexuszero.monitor.probe.Target;
import io.nexuszero.monitor.probe.TargetConfiguration;
import io.nexuszero.monitor.probe.TargetDefinitions;
import io.nexuszero.monitor.status.StatusService;
import io.nexuszero.monitor.views.StatusPageFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** monitor-service settings (config.yml); shared settings come from {@link NexusZeroConfiguration}. */
public class MonitorConfiguration extends NexusZeroConfiguration {

    /** Threads the JDK HTTP client completes its exchanges on; probes themselves wait on the scheduler's workers. */
    private static final int PROBE_HTTP_THREADS = 2;

    @NotNull
    private List<TargetConfiguration> targets = new ArrayList<>();

    /** At most this many probes run at the same time; a hanging target holds one slot for at most its timeout. */
    @Min(1)
    @Max(64)
    private int maxConcurrentProbes = 8;

    /** Raw check results are kept this long; older ones are rolled up into per-target hourly counts. */
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.HOURS)
    private Duration rawRetention = Duration.days(7);

    /** Hourly roll-ups are kept this long (at least 30 days so the 30-day uptime window answers). */
    @NotNull
    @MinDuration(value = 30, unit = TimeUnit.DAYS)
    private Duration rollupRetention = Duration.days(90);

    /** How often the retention job rolls up and prunes. */
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    private Duration retentionRunEvery = Duration.hours(1);

    @Valid
    @NotNull
    private StatusPageConfiguration statusPage = new StatusPageConfiguration();

    @Valid
    @NotNull
    private AlertWebhookConfiguration alertWebhook = new AlertWebhookConfiguration();

    @JsonProperty
    public AlertWebhookConfiguration getAlertWebhook() {
        return alertWebhook;
    }

    @JsonProperty
    public void setAlertWebhook(AlertWebhookConfiguration alertWebhook) {
        this.alertWebhook = alertWebhook;
    }

    /**
     * The bearer token {@code POST /v1/alerts} requires. {@code token} wins; else {@code tokenFile} is read, or
     * generated when it does not exist (readable by other users, so a mounted Alertmanager can send it); with
     * neither, {@code <dataDirectory>/alert-webhook-token} is read or generated (owner-only).
     */
    public static class AlertWebhookConfiguration {

        private String token;
        private String tokenFile;

        @JsonProperty
        public String getToken() {
            return token;
        }

        @JsonProperty
        public void setToken(String token) {
            this.token = token;
        }

        @JsonProperty
        public String getTokenFile() {
            return tokenFile;
        }

        @JsonProperty
        public void setTokenFile(String tokenFile) {
            this.tokenFile = tokenFile;
        }

        /** The token: configured, else read from (or generated into) the token file or the data directory. */
        public AlertWebhookToken buildToken(Path dataDirectory) {
            return AlertWebhookToken.resolve(token, tokenFile, dataDirectory.resolve("alert-webhook-token"), false);
        }
    }

    /** The configured targets, validated; throws naming the first misconfigured target. */
    public List<Target> targetDefinitions() {
        return TargetDefinitions.from(targets);
    }

    /** Opens the database in the data directory (schema migrated) and closes it when the service stops. */
    public Database buildDatabase(LifecycleEnvironment lifecycle) {
        Database database = Database.open(dataPath());
        lifecycle.manage(database);
        return database;
    }

    /**
     * The probe scheduler, managed, sending every result to {@code sink}; it starts probing once the server is up,
     * so the first probes neither race the monitor's own start-up (it probes itself too) nor compete for the CPU.
     */
    public ProbeScheduler buildProbeScheduler(List<Target> definitions, Consumer<CheckResult> sink,
                                              LifecycleEnvironment lifecycle, Clock clock) {
        ExecutorService httpClientThreads = lifecycle.executorService("probe-http-%d")
                .minThreads(PROBE_HTTP_THREADS).maxThreads(PROBE_HTTP_THREADS).build();
        HttpProber prober = new HttpProber(clock, httpClientThreads, "nexuszero-monitor/" + InfoResource.buildVersion());
        ProbeScheduler scheduler = new ProbeScheduler(definitions, prober, sink, maxConcurrentProbes, clock);
        lifecycle.manage(scheduler);
        lifecycle.addServerLifecycleListener(server -> scheduler.beginProbing());
        return scheduler;
    }

    public RetentionJob buildRetentionJob(CheckStore checks, Clock clock) {
        return new RetentionJob(checks, rawRetention.toJavaDuration(), rollupRetention.toJavaDuration(),
                retentionRunEvery.toJavaDuration(), clock);
    }

    @JsonProperty
    public List<TargetConfiguration> getTargets() {
        return targets;
    }

    @JsonProperty
    public void setTargets(List<TargetConfiguration> targets) {
        this.targets = targets;
    }

    @JsonProperty
    public int getMaxConcurrentProbes() {
        return maxConcurrentProbes;
    }

    @JsonProperty
    public void setMaxConcurrentProbes(int maxConcurrentProbes) {
        this.maxConcurrentProbes = maxConcurrentProbes;
    }

    @JsonProperty
    public Duration getRawRetention() {
        return rawRetention;
    }

    @JsonProperty
    public void setRawRetention(Duration rawRetention) {
        this.rawRetention = rawRetention;
    }

    @JsonProperty
    public Duration getRollupRetention() {
        return rollupRetention;
    }

    @JsonProperty
    public void setRollupRetention(Duration rollupRetention) {
        this.rollupRetention = rollupRetention;
    }

    @JsonProperty
    public Duration getRetentionRunEvery() {
        return retentionRunEvery;
    }

    @JsonProperty
    public void setRetentionRunEvery(Duration retentionRunEvery) {
        this.retentionRunEvery = retentionRunEvery;
    }

    @JsonProperty
    public StatusPageConfiguration getStatusPage() {
        return statusPage;
    }

    @JsonProperty
    public void setStatusPage(StatusPageConfiguration statusPage) {
        this.statusPage = statusPage;
    }

    /** How the HTML status page at {@code GET /} looks and refreshes. */
    public static class StatusPageConfiguration {

        /** The page reloads itself this often (meta refresh, no JavaScript). */
        @NotNull
        @MinDuration(value = 1, unit = TimeUnit.SECONDS)
        private Duration refresh = Duration.seconds(30);

        /** How many recent checks each target's response-time sparkline shows. */
        @Min(2)
        @Max(500)
        private int historyPoints = 60;

        /** How many resolved incidents are listed under the open ones. */
        @Min(0)
        @Max(100)
        private int recentIncidents = 10;

        @JsonProperty
        public Duration getRefresh() {
            return refresh;
        }

        @JsonProperty
        public void setRefresh(Duration refresh) {
            this.refresh = refresh;
        }

        @JsonProperty
        public int getHistoryPoints() {
            return historyPoints;
        }

        @JsonProperty
        public void setHistoryPoints(int historyPoints) {
            this.historyPoints = historyPoints;
        }

        @JsonProperty
        public int getRecentIncidents() {
            return recentIncidents;
        }

        @JsonProperty
        public void setRecentIncidents(int recentIncidents) {
            this.recentIncidents = recentIncidents;
        }

        public StatusPageFactory buildPages(StatusService status, CheckStore checks, IncidentService incidents,
                                            Clock clock) {
            return new StatusPageFactory(status, checks, incidents, clock, refresh.toJavaDuration(), historyPoints,
                    recentIncidents);
        }
    }
}
