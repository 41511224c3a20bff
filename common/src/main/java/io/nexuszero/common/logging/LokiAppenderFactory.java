package io.nexuszero.common.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.helpers.NOPAppender;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.github.loki4j.logback.JavaHttpSender;
import com.github.loki4j.logback.JsonLayout;
import com.github.loki4j.logback.Loki4jAppender;
import com.github.loki4j.logback.PipelineConfigAppenderBase;
import io.dropwizard.logging.common.AbstractAppenderFactory;
import io.dropwizard.logging.common.async.AsyncAppenderFactory;
import io.dropwizard.logging.common.filter.LevelFilterFactory;
import io.dropwizard.logging.common.layout.LayoutFactory;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code type: loki} in the {@code logging.appenders} list: pushes JSON log lines to Loki through
 * loki4j. loki4j batches on its own threads with a bounded send queue, so a Loki that is down or slow
 * drops lines (counted in {@code loki4j_drop_events_total}) instead of blocking requests.
 */
@JsonTypeName("loki")
public class LokiAppenderFactory extends AbstractAppenderFactory<ILoggingEvent> {

    /** Label names Loki accepts; values stay low-cardinality by construction (no request data). */
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    private boolean enabled = false;

    @NotEmpty
    private String url = "http://localhost:3100/loki/api/v1/push";

    @NotNull
    private Map<String, String> labels = new LinkedHashMap<>();

    private boolean levelLabel = true;

    @Min(1)
    @Max(100_000)
    private int batchMaxItems = 1000;

    @NotNull
    private Duration batchTimeout = Duration.seconds(1);

    @NotNull
    private DataSize sendQueueMaxSize = DataSize.mebibytes(8);

    @NotNull
    private Duration requestTimeout = Duration.seconds(5);

    @JsonProperty
    public boolean isEnabled() {
        return enabled;
    }

    @JsonProperty
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
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
    public Map<String, String> getLabels() {
        return labels;
    }

    @JsonProperty
    public void setLabels(Map<String, String> labels) {
        this.labels = labels;
    }

    @JsonProperty
    public boolean isLevelLabel() {
        return levelLabel;
    }

    @JsonProperty
    public void setLevelLabel(boolean levelLabel) {
        this.levelLabel = levelLabel;
    }

    @JsonProperty
    public int getBatchMaxItems() {
        return batchMaxItems;
    }

    @JsonProperty
    public void setBatchMaxItems(int batchMaxItems) {
        this.batchMaxItems = batchMaxItems;
    }

    @JsonProperty
    public Duration getBatchTimeout() {
        return batchTimeout;
    }

    @JsonProperty
    public void setBatchTimeout(Duration batchTimeout) {
        this.batchTimeout = batchTimeout;
    }

    @JsonProperty
    public DataSize getSendQueueMaxSize() {
        return sendQueueMaxSize;
    }

    @JsonProperty
    public void setSendQueueMaxSize(DataSize sendQueueMaxSize) {
        this.sendQueueMaxSize = sendQueueMaxSize;
    }

    @JsonProperty
    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    @JsonProperty
    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    @Override
    public Appender<ILoggingEvent> build(LoggerContext context, String applicationName,
                                         LayoutFactory<ILoggingEvent> layoutFactory,
                                         LevelFilterFactory<ILoggingEvent> levelFilterFactory,
                                         AsyncAppenderFactory<ILoggingEvent> asyncAppenderFactory) {
        if (!enabled) {
            NOPAppender<ILoggingEvent> off = new NOPAppender<>();
            off.setContext(context);
            off.setName("loki-disabled");
            off.start();
            return off;
        }
        Loki4jAppender appender = new BoundedDrainAppender(requestTimeout.toJavaDuration());
        appender.setContext(context);
        appender.setName("loki");
        appender.setLabels(labelPattern());
        appender.setMetricsEnabled(true);

        JsonLayout message = new JsonLayout();
        message.setContext(context);
        appender.setMessage(message);

        PipelineConfigAppenderBase.HttpCfg http = new PipelineConfigAppenderBase.HttpCfg();
        http.setUrl(url);
        http.setRequestTimeoutMs(requestTimeout.toMilliseconds());
        http.setConnectionTimeoutMs(Math.min(requestTimeout.toMilliseconds(), 5_000));
        http.setSender(new JavaHttpSender());
        appender.setHttp(http);

        PipelineConfigAppenderBase.BatchCfg batch = new PipelineConfigAppenderBase.BatchCfg();
        batch.setMaxItems(batchMaxItems);
        batch.setTimeoutMs(batchTimeout.toMilliseconds());
        batch.setSendQueueMaxBytes(sendQueueMaxSize.toBytes());
        // The last batch is sent at shutdown (its lines say why the service stopped); BoundedDrainAppender keeps a
        // Loki that does not answer from holding the shutdown up.
        batch.setDrainOnStop(true);
        appender.setBatch(batch);

        appender.addFilter(levelFilterFactory.build(threshold));
        getFilterFactories().forEach(f -> appender.addFilter(f.build()));
        appender.start();
        return appender;
    }

    /** loki4j's label syntax: one {@code name=value} per line, values may be logback patterns. */
    String labelPattern() {
        Map<String, String> all = new LinkedHashMap<>(labels);
        if (levelLabel) {
            all.put("level", "%level");
        }
        for (String name : all.keySet()) {
            if (!LABEL_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("logging.appenders[loki].labels: invalid label name '" + name + "'");
            }
        }
        return all.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    /**
     * loki4j waits without a bound for its queue to drain on stop; a Loki that hangs would hold the JVM's shutdown
     * for as long as every queued batch takes to time out. Stop waits one request timeout, then lets the JVM go.
     */
    static final class BoundedDrainAppender extends Loki4jAppender {

        private final java.time.Duration drainTimeout;

        BoundedDrainAppender(java.time.Duration drainTimeout) {
            this.drainTimeout = drainTimeout;
        }

        @Override
        public void stop() {
            Thread drain = new Thread(super::stop, "loki4j-drain");
            drain.setDaemon(true);
            drain.start();
            try {
                drain.join(drainTimeout.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
