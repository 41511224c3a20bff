package io.nexuszero.monitor;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import io.nexuszero.common.NexusZeroConfiguration;
import io.nexuszero.monitor.probe.Target;
import io.nexuszero.monitor.probe.TargetConfiguration;
import io.nexuszero.monitor.probe.TargetDefinitions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** monitor-service settings (config.yml); shared settings come from {@link NexusZeroConfiguration}. */
public class MonitorConfiguration extends NexusZeroConfiguration {

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
    }

    /** The configured targets, validated; throws naming the first misconfigured target. */
    public List<Target> targetDefinitions() {
        return TargetDefinitions.from(targets);
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
    }
}
