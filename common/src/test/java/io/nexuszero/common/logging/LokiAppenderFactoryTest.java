package io.nexuszero.common.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.dropwizard.logging.common.async.AsyncLoggingEventAppenderFactory;
import io.dropwizard.logging.common.filter.ThresholdLevelFilterFactory;
import io.dropwizard.logging.common.layout.DropwizardLayoutFactory;
import io.dropwizard.util.Duration;
import java.io.InputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The loki appender against a real HTTP receiver speaking Loki's push API. */
class LokiAppenderFactoryTest {

    private final ObjectMapper json = new ObjectMapper();
    private final List<JsonNode> pushes = new CopyOnWriteArrayList<>();
    private HttpServer loki;

    @AfterEach
    void stop() {
        if (loki != null) {
            loki.stop(0);
        }
    }

    @Test
    void pushesJsonLinesWithLowCardinalityLabels() throws Exception {
        CountDownLatch received = new CountDownLatch(1);
        loki = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        loki.createContext("/loki/api/v1/push", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                pushes.add(json.readTree(body));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            received.countDown();
        });
        loki.start();

        LokiAppenderFactory factory = factory("http://127.0.0.1:" + loki.getAddress().getPort() + "/loki/api/v1/push");
        Logger logger = loggerWith(factory);
        MDC.put("requestId", "req-123");
        try {
            logger.warn("proof verified for {}", "someone");
        } finally {
            MDC.remove("requestId");
        }
        assertThat(received.await(10, TimeUnit.SECONDS)).as("Loki received a push").isTrue();

        JsonNode stream = pushes.get(0).get("streams").get(0);
        assertThat(json.convertValue(stream.get("stream"), Map.class))
                .containsEntry("service", "test-service").containsEntry("env", "test").containsEntry("level", "WARN")
                .doesNotContainKey("requestId");
        JsonNode line = json.readTree(stream.get("values").get(0).get(1).asText());
        assertThat(line.toString()).contains("proof verified for someone").contains("req-123");
    }

    @Test
    void aLokiThatNeverAnswersDoesNotBlockLogging() throws Exception {
        LokiAppenderFactory factory = factory(startHungLoki());
        factory.setSendQueueMaxSize(io.dropwizard.util.DataSize.kibibytes(64));
        Logger logger = loggerWith(factory);

        Thread writer = new Thread(() -> {
            for (int i = 0; i < 50_000; i++) {
                logger.info("line {} with some padding to fill the bounded queue quickly", i);
            }
        });
        writer.start();
        writer.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(writer.isAlive()).as("logging blocked on a hanging Loki").isFalse();
    }

    @Test
    void theLastBatchIsSentWhenTheAppenderStops() throws Exception {
        loki = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        loki.createContext("/loki/api/v1/push", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                pushes.add(json.readTree(body));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        loki.start();
        LokiAppenderFactory factory = factory("http://127.0.0.1:" + loki.getAddress().getPort() + "/loki/api/v1/push");
        // A batch that would wait a minute: only the drain at stop can send it.
        factory.setBatchTimeout(Duration.minutes(1));
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        Appender<ILoggingEvent> appender = build(factory, context);
        Logger logger = context.getLogger("loki-drain-test");
        logger.setAdditive(false);
        logger.addAppender(appender);

        logger.warn("stopping because of SIGTERM");
        appender.stop();

        assertThat(pushes).as("the batch pending at stop reached Loki").hasSize(1);
        assertThat(pushes.get(0).toString()).contains("stopping because of SIGTERM");
    }

    @Test
    void aLokiThatNeverAnswersDoesNotHoldUpStopping() throws Exception {
        LokiAppenderFactory factory = factory(startHungLoki());
        factory.setBatchTimeout(Duration.minutes(1));
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        Appender<ILoggingEvent> appender = build(factory, context);
        Logger logger = context.getLogger("loki-hang-test");
        logger.setAdditive(false);
        logger.addAppender(appender);
        for (int i = 0; i < 5_000; i++) {
            logger.info("line {} queued for a Loki that never answers", i);
        }

        long start = System.nanoTime();
        appender.stop();
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        // requestTimeout is 1 s in these tests: stop waits that long, not for every queued batch to time out.
        assertThat(tookMs).isBetween(0L, 3_000L);
    }

    @Test
    void disabledMeansNoAppenderTraffic() {
        LokiAppenderFactory factory = new LokiAppenderFactory();
        Appender<ILoggingEvent> appender = build(factory, new LoggerContext());
        assertThat(appender.getName()).isEqualTo("loki-disabled");
    }

    @Test
    void labelNamesAreValidated() {
        LokiAppenderFactory factory = new LokiAppenderFactory();
        factory.setLabels(Map.of("bad-name", "x"));
        assertThatThrownBy(factory::labelPattern).hasMessageContaining("bad-name");
    }

    /** A Loki that accepts pushes and never answers them; its push URL. */
    private String startHungLoki() throws IOException {
        loki = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        loki.createContext("/loki/api/v1/push", exchange -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        loki.start();
        return "http://127.0.0.1:" + loki.getAddress().getPort() + "/loki/api/v1/push";
    }

    private LokiAppenderFactory factory(String url) {
        LokiAppenderFactory factory = new LokiAppenderFactory();
        factory.setEnabled(true);
        factory.setUrl(url);
        factory.setLabels(new java.util.LinkedHashMap<>(Map.of("service", "test-service", "env", "test")));
        factory.setBatchTimeout(Duration.milliseconds(200));
        factory.setRequestTimeout(Duration.seconds(1));
        return factory;
    }

    private Logger loggerWith(LokiAppenderFactory factory) {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        Logger logger = context.getLogger("loki-test");
        logger.setLevel(Level.INFO);
        logger.setAdditive(false);
        logger.addAppender(build(factory, context));
        return logger;
    }

    private static Appender<ILoggingEvent> build(LokiAppenderFactory factory, LoggerContext context) {
        return factory.build(context, "test", new DropwizardLayoutFactory(), new ThresholdLevelFilterFactory(),
                new AsyncLoggingEventAppenderFactory());
    }
}
