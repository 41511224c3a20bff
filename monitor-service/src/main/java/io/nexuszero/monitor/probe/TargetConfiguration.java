package io.nexuszero.monitor.probe;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;

/**
 * One probe target as written in config.yml. Values are checked by {@link io.nexuszero.monitor.probe.TargetDefinitions}
 * at startup (not by bean validation) so that every error message can name the target it is about.
 */
public class TargetConfiguration {

    private String name;
    private String url;
    private Duration interval = Duration.seconds(15);
    private Duration timeout = Duration.seconds(5);
    private ConditionsConfiguration conditions = new ConditionsConfiguration();
    /** An optional target is probed and shown, but its being down does not make the overall status degraded. */
    private boolean optional;

    public TargetConfiguration() {
    }

    public TargetConfiguration(String name, String url, Duration interval, Duration timeout,
                               ConditionsConfiguration conditions) {
        this.name = name;
        this.url = url;
        this.interval = interval;
        this.timeout = timeout;
        this.conditions = conditions;
    }

    @JsonProperty
    public String getName() {
        return name;
    }

    @JsonProperty
    public void setName(String name) {
        this.name = name;
    }

    @JsonProperty
    public String getUrl() {
        return url;
    }

    @JsonProperty
    public void setUrl(String url) {
        this.url = url;
    }

    @JsonProperty
    public Duration getInterval() {
        return interval;
    }

    @JsonProperty
    public void setInterval(Duration interval) {
        this.interval = interval;
    }

    @JsonProperty
    public Duration getTimeout() {
        return timeout;
    }

    @JsonProperty
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    @JsonProperty
    public boolean isOptional() {
        return optional;
    }

    @JsonProperty
    public void setOptional(boolean optional) {
        this.optional = optional;
    }

    @JsonProperty
    public ConditionsConfiguration getConditions() {
        return conditions;
    }

    @JsonProperty
    public void setConditions(ConditionsConfiguration conditions) {
        this.conditions = conditions;
    }

    /** What a probe result must satisfy to count as healthy. */
    public static class ConditionsConfiguration {

        /** Accepted HTTP statuses: "2xx", "200", "200-299", or a comma-separated mix. */
        private String status = "2xx";

        /** Slower answers count as failures; absent means only the timeout applies. */
        private Duration maxResponseTime;

        /** Optional JSON body condition, e.g. {@code $.status == ok}. */
        private String json;

        public ConditionsConfiguration() {
        }

        public ConditionsConfiguration(String status, Duration maxResponseTime, String json) {
            this.status = status;
            this.maxResponseTime = maxResponseTime;
            this.json = json;
        }

        @JsonProperty
        public String getStatus() {
            return status;
        }

        @JsonProperty
        public void setStatus(String status) {
            this.status = status;
        }

        @JsonProperty
        public Duration getMaxResponseTime() {
            return maxResponseTime;
        }

        @JsonProperty
        public void setMaxResponseTime(Duration maxResponseTime) {
            this.maxResponseTime = maxResponseTime;
        }

        @JsonProperty
        public String getJson() {
            return json;
        }

        @JsonProperty
        public void setJson(String json) {
            this.json = json;
        }
    }
}
