package io.nexuszero.optimizer;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import io.nexuszero.common.requestid.RequestIdFilter;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.nexuszero.crypto.CryptoApplication;
import io.nexuszero.crypto.CryptoConfiguration;
import io.nexuszero.optimizer.core.dataset.DatasetStore;
import io.nexuszero.optimizer.core.dataset.Sample;
import io.nexuszero.optimizer.support.DataDirFixture;
import io.nexuszero.common.testing.Http;
import io.nexuszero.optimizer.support.OptimizeRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * optimizer-service against a real crypto-service started in the same JVM: the search space is evaluated by
 * crypto-service, a small training job benchmarks real proofs, the trained model is stored and served, and the
 * recommended parameters are re-checked with crypto-service's estimator.
 */
class RealCryptoServiceTest {
    private static final String CRYPTO = "it-crypto.";
    private static final String OPTIMIZER = "it-optimizer.";
    private static final String CRYPTO_TOKEN = "optimizer-test-token-0123456789";
    private static DropwizardTestSupport<CryptoConfiguration> crypto;
    private static DropwizardTestSupport<OptimizerConfiguration> optimizer;
    private static Path optimizerData;

    @BeforeAll
    static void start() throws Exception {
        // Overrides are system properties: each app gets its own prefix so they do not leak into each other.
        crypto = new DropwizardTestSupport<>(CryptoApplication.class, Path.of("../crypto-service/config.yml").toString(),
                CRYPTO, ConfigOverride.config(CRYPTO, "server.applicationConnectors[0].port", "0"),
                ConfigOverride.config(CRYPTO, "server.adminConnectors[0].port", "0"),
                ConfigOverride.config(CRYPTO, "dataDirectory", Files.createTempDirectory("crypto-data").toString()),
                // crypto-service fails closed: the optimizer's benchmarks need its named token, as in production
                ConfigOverride.config(CRYPTO, "apiTokens", "optimizer=" + CRYPTO_TOKEN));
        crypto.before();
        optimizerData = Files.createTempDirectory("optimizer-it");
        optimizer = optimizer(optimizerData);
        optimizer.before();
    }

    /**
     * A small grid (n = 256, ranks 3–6, q = 268435313 as the presets) so evaluation and benchmarks take seconds; sizes
     * at every power of two up to 4096, where linear-relation (format 2) reaches.
     */
    private static DropwizardTestSupport<OptimizerConfiguration> optimizer(Path data) {
        return new DropwizardTestSupport<>(OptimizerApplication.class, "config.yml", OPTIMIZER,
                ConfigOverride.config(OPTIMIZER, "server.applicationConnectors[0].port", "0"),
                ConfigOverride.config(OPTIMIZER, "server.adminConnectors[0].port", "0"),
                ConfigOverride.config(OPTIMIZER, "dataDirectory", data.toString()),
                ConfigOverride.config(OPTIMIZER, "cryptoService.url", "http://127.0.0.1:" + crypto.getLocalPort()),
                ConfigOverride.config(OPTIMIZER, "cryptoService.apiToken", CRYPTO_TOKEN),
                ConfigOverride.config(OPTIMIZER, "searchSpace.ringDegrees", "256"),
                ConfigOverride.config(OPTIMIZER, "searchSpace.minRank", "3"),
                ConfigOverride.config(OPTIMIZER, "searchSpace.maxRank", "6"),
                ConfigOverride.config(OPTIMIZER, "searchSpace.modulusBits", "28"),
                ConfigOverride.config(OPTIMIZER, "searchSpace.secretDistributions", "cbd"),
                ConfigOverride.config(OPTIMIZER, "searchSpace.etas", "1,2"),
                ConfigOverride.config(OPTIMIZER, "searchSpace.challengeWeights", "23"),
                ConfigOverride.config(OPTIMIZER, "searchSpace.gammaShifts", "10,11"),
                ConfigOverride.config(OPTIMIZER, "searchSpace.witnessLengths", "1,2,4,8,16,32,64,128,256,512,1024,2048,4096"),
                ConfigOverride.config(OPTIMIZER, "training.testFraction", "0.25"));
    }

    @AfterAll
    static void stop() {
        if (optimizer != null) {
            optimizer.after();
        }
        if (crypto != null) {
            crypto.after();
        }
    }

    @Test
    void trainsOnRealMeasurementsAndRecommendsWhatTheEstimatorConfirms() throws Exception {
        int port = optimizer.getLocalPort();
        String requestId = "it-training-" + UUID.randomUUID();
        LogCapture logs = LogCapture.attach();
        Http.Reply accepted = new Http(port).withHeader(RequestIdFilter.HEADER, requestId).post("/v1/training-jobs",
                "{\"candidates\":6,\"witnessLengths\":[1,2],\"iterations\":2,\"seed\":5,\"minSecurityBits\":80}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String jobId = accepted.json().get("jobId").asText();
        JsonNode job = await(port, jobId, Duration.ofSeconds(150));
        logs.stop();
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("succeeded");
        // One id in both services' logs: the optimizer's job lines and crypto-service's benchmark lines.
        assertThat(logs.loggersWith(requestId))
                .anyMatch(logger -> logger.startsWith("io.nexuszero.optimizer.jobs."))
                .anyMatch(logger -> logger.startsWith("io.nexuszero.crypto.core.benchmark."));
        int planned = job.at("/progress/planned").asInt();
        assertThat(planned).isGreaterThanOrEqualTo(6 * 3);   // every candidate: lwe-secret, and L = 1 of the others
        assertThat(job.at("/progress/collected").asInt() + job.at("/progress/skipped").asInt()).isEqualTo(planned);
        String modelId = job.get("modelId").asText();

        List<Sample> samples = new DatasetStore(optimizerData, DataDirFixture.JSON).collected();
        assertThat(samples).hasSize(job.at("/progress/collected").asInt()).allSatisfy(s -> {
            assertThat(s.trainable()).as("mean prove time with attempts taken and expected").isTrue();
            assertThat(s.meanAttempts()).isGreaterThanOrEqualTo(1.0);
            assertThat(s.proveMicros()).isPositive();
            assertThat(s.verifyMicros()).isPositive();
            assertThat(s.proofBytes()).isPositive();
            assertThat(s.cryptoServiceVersion()).isNotBlank();
        });
        assertThat(Http.get(port, "/v1/models").json().get("models").findValuesAsText("id")).contains(modelId);

        Http.Reply optimized = Http.post(port, "/v1/optimize", OptimizeRequests.optimizeBody(100, "commitment-opening", 2,
                "{\"proofBytes\":1,\"proveMillis\":1,\"verifyMillis\":1}"));
        assertThat(optimized.status()).as(optimized.body()).isEqualTo(200);
        assertThat(optimized.json().get("stale").asBoolean()).isFalse();
        JsonNode recommended = optimized.json().get("recommendation");

        // Ask crypto-service itself, not the optimizer's cache.
        Http.Reply verdict = Http.post(crypto.getLocalPort(), "/v1/parameter-sets/evaluate",
                "{\"candidates\":[" + recommended.get("parameters") + "],\"witnessLengths\":[2]}");
        JsonNode result = verdict.json().at("/results/0");
        assertThat(result.get("valid").asBoolean()).as(verdict.body()).isTrue();
        assertThat(result.at("/estimate/classicalBits").asDouble()).isGreaterThanOrEqualTo(100);
        // the optimizer passes crypto-service's estimate through: every hardness, the weakest and soundness
        assertThat(recommended.get("estimate")).isEqualTo(result.get("estimate"));
        assertThat(recommended.at("/estimate/hardness").size()).isEqualTo(8); // incl. linear-relation and range soundness
        assertThat(recommended.at("/estimate/soundnessBits").asDouble()).isGreaterThanOrEqualTo(100);
        assertThat(recommended.at("/parameters/modulus").asLong() % 32).as("partially splitting").isEqualTo(17);
        assertThat(result.at("/sizes/proofBytes/commitment-opening/2").asLong())
                .isEqualTo(recommended.at("/predicted/proofBytes").asLong());
    }

    @Test
    void predictAsksCryptoServiceAboutParametersOutsideTheSearchSpace() throws Exception {
        int port = optimizer.getLocalPort();
        // n = 512 is outside this test's grid (n = 256 only)
        String outside = "{\"ringDegree\":512,\"modulus\":268435313,\"rankK\":3,\"rankL\":3,\"secretDistribution\":"
                + "\"cbd\",\"eta\":2,\"challengeWeight\":23,\"gamma\":131072}";
        awaitModel(port);
        Http.Reply predicted = Http.post(port, "/v1/predict",
                "{\"parameters\":" + outside + ",\"proofType\":\"commitment-opening\",\"witnessLength\":4}");
        assertThat(predicted.status()).as(predicted.body()).isEqualTo(200);
        assertThat(predicted.json().get("inSearchSpace").asBoolean()).isFalse();
        JsonNode truth = Http.post(crypto.getLocalPort(), "/v1/parameter-sets/evaluate",
                "{\"candidates\":[" + outside + "],\"witnessLengths\":[4]}").json().at("/results/0");
        assertThat(predicted.json().at("/predicted/proofBytes").asLong())
                .isEqualTo(truth.at("/sizes/proofBytes/commitment-opening/4").asLong());
        assertThat(predicted.json().at("/estimate/classicalBits").asDouble())
                .isEqualTo(truth.at("/estimate/classicalBits").asDouble());
        assertThat(predicted.json().at("/predicted/proveMillis").asDouble()).isPositive();

        Http.Reply rejected = Http.post(port, "/v1/predict", "{\"parameters\":"
                + outside.replace("268435313", "268435315")
                + ",\"proofType\":\"lwe-secret\",\"witnessLength\":1}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
        assertThat(rejected.json().get("code").asText()).isEqualTo("parameters_rejected");
        assertThat(rejected.json().get("message").asText()).contains("not prime");

        // A fully splitting modulus (q ≡ 1 mod 2n, ML-DSA's) lets a cheating prover forge in one NTT slot:
        // crypto-service refuses it, and so does the optimizer, with crypto-service's reason.
        Http.Reply forgeable = Http.post(port, "/v1/predict", "{\"parameters\":"
                + outside.replace("268435313", "8380417")
                + ",\"proofType\":\"lwe-secret\",\"witnessLength\":1}");
        assertThat(forgeable.status()).as(forgeable.body()).isEqualTo(422);
        assertThat(forgeable.json().get("message").asText()).contains("splits X^n + 1 into");
    }

    /** Log events of both in-process services (they share Logback), with the MDC of the thread that logged them. */
    private static final class LogCapture extends AppenderBase<ILoggingEvent> {
        private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

        static LogCapture attach() {
            LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
            LogCapture capture = new LogCapture();
            capture.setContext(context);
            capture.start();
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(capture);
            return capture;
        }

        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();   // the MDC of the logging thread, not of whoever reads it later
            events.add(event);
        }

        @Override
        public void stop() {
            ((LoggerContext) getContext()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(this);
            super.stop();
        }

        List<String> loggersWith(String requestId) {
            return events.stream().filter(e -> requestId.equals(e.getMDCPropertyMap().get(RequestIdFilter.MDC_KEY)))
                    .map(ILoggingEvent::getLoggerName).distinct().toList();
        }
    }

    @Test
    void recommendsLinearRelationsOfUpTo4096ValuesThatCryptoServiceCanProve() throws Exception {
        int port = optimizer.getLocalPort();
        awaitModel(port);
        long smallestAtOne = 0;
        for (int length : List.of(1, 256, 1024, 4096)) {
            Http.Reply optimized = Http.post(port, "/v1/optimize", OptimizeRequests.optimizeBody(100, "linear-relation", length,
                    "{\"proofBytes\":1,\"proveMillis\":0,\"verifyMillis\":0}"));
            assertThat(optimized.status()).as("L = " + length + ": " + optimized.body()).isEqualTo(200);
            JsonNode recommended = optimized.json().get("recommendation");
            JsonNode truth = Http.post(crypto.getLocalPort(), "/v1/parameter-sets/evaluate", "{\"candidates\":["
                    + recommended.get("parameters") + "],\"witnessLengths\":[" + length + "]}").json().at("/results/0");
            assertThat(truth.get("valid").asBoolean()).as(truth.toString()).isTrue();
            assertThat(truth.at("/estimate/classicalBits").asDouble()).isGreaterThanOrEqualTo(100);
            assertThat(truth.at("/sizes/maxWitnessLength/linear-relation").asInt()).isGreaterThanOrEqualTo(length);
            long bytes = recommended.at("/predicted/proofBytes").asLong();
            assertThat(bytes).isEqualTo(truth.at("/sizes/proofBytes/linear-relation/" + length).asLong());
            assertThat(recommended.at("/predicted/proofBytesExact").asBoolean()).isTrue();
            double prove = recommended.at("/predicted/proveMillis").asDouble();
            double verify = recommended.at("/predicted/verifyMillis").asDouble();
            assertThat(prove).as("L = " + length).isPositive().isFinite();
            assertThat(verify).as("L = " + length).isPositive().isFinite();
            if (length == 1) {
                smallestAtOne = bytes;
            } else {
                // one commitment to all values: the proof grows with ⌈L/n⌉ (n = 256 here), never per value as
                // format 1's commitment per value did (which could not prove more than 15 values at all)
                assertThat(bytes).as("L = " + length).isGreaterThanOrEqualTo(smallestAtOne)
                        .isLessThan(smallestAtOne + 2 * (length / 256) * 256L * 4);
            }
        }
    }

    @Test
    void recommendsRangeProofsThatCryptoServiceCanProve() throws Exception {
        int port = optimizer.getLocalPort();
        awaitModel(port);
        // one chunk (1, 16), four chunks (64) and the longest statement, 256 chunks (4096): every length up to 4096
        for (int length : List.of(1, 16, 64, 4096)) {
            Http.Reply optimized = Http.post(port, "/v1/optimize", OptimizeRequests.optimizeBody(128, "range", length,
                    "{\"proofBytes\":1,\"proveMillis\":1,\"verifyMillis\":1}"));
            assertThat(optimized.status()).as("L = " + length + ": " + optimized.body()).isEqualTo(200);
            JsonNode answer = optimized.json();
            List<JsonNode> ranked = new java.util.ArrayList<>(List.of(answer.get("recommendation")));
            answer.get("alternatives").forEach(ranked::add);
            for (JsonNode candidate : ranked) {
                // crypto-service itself, not the optimizer's cache: valid, at the target, able to prove L values,
                // and the quoted size is its exact one
                JsonNode truth = Http.post(crypto.getLocalPort(), "/v1/parameter-sets/evaluate", "{\"candidates\":["
                        + candidate.get("parameters") + "],\"witnessLengths\":[" + length + "]}").json()
                        .at("/results/0");
                assertThat(truth.get("valid").asBoolean()).as(truth.toString()).isTrue();
                assertThat(truth.at("/estimate/classicalBits").asDouble()).isGreaterThanOrEqualTo(128);
                assertThat(truth.at("/sizes/maxWitnessLength/range").asInt()).isGreaterThanOrEqualTo(length);
                assertThat(candidate.at("/predicted/proofBytes").asLong())
                        .isEqualTo(truth.at("/sizes/proofBytes/range/" + length).asLong());
                assertThat(candidate.at("/predicted/proofBytesExact").asBoolean()).isTrue();
                assertThat(candidate.at("/predicted/proveMillis").asDouble()).isPositive().isFinite();
                assertThat(candidate.at("/predicted/verifyMillis").asDouble()).isPositive().isFinite();
            }
        }
    }

    /** The other test may still be training; predict needs some model (bundled or trained). */
    private static void awaitModel(int port) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Http.get(port, "/v1/models/current").status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    private static JsonNode await(int port, String jobId, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = Http.get(port, "/v1/training-jobs/" + jobId).json();
            String status = job.get("status").asText();
            if (status.equals("succeeded") || status.equals("failed")) {
                return job;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("training job " + jobId + " did not finish in " + timeout);
    }
}
