package io.nexuszero.optimizer;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.nexuszero.optimizer.core.model.LatencyModel;
import io.nexuszero.optimizer.core.model.ModelStore;
import io.nexuszero.optimizer.support.DataDirFixture;
import io.nexuszero.common.testing.Http;
import io.nexuszero.optimizer.support.OptimizeRequests;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The data directory outlives the process: same model and answers after a restart; a corrupt model is refused. */
class RestartAndFallbackTest {
    private static final String REQUEST = OptimizeRequests.optimizeBody(100, "linear-relation", 64,
            "{\"proofBytes\":2,\"proveMillis\":1,\"verifyMillis\":1}");

    private static DropwizardTestSupport<OptimizerConfiguration> app(Path data) {
        return new DropwizardTestSupport<>(OptimizerApplication.class, "config.yml",
                ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0"),
                ConfigOverride.config("dataDirectory", data.toString()),
                ConfigOverride.config("cryptoService.url", "http://127.0.0.1:1"),
                ConfigOverride.config("cryptoService.maxAttempts", "1"),
                ConfigOverride.config("searchSpace.retryInterval", "10m"));
    }

    @Test
    void modelAndSearchSpaceSurviveARestartAndACorruptModelFallsBackToTheBundledOne() throws Exception {
        Path data = DataDirFixture.seed();
        String modelId = DataDirFixture.model().id();

        DropwizardTestSupport<OptimizerConfiguration> first = app(data);
        first.before();
        String firstAnswer;
        try {
            assertThat(Http.get(first.getLocalPort(), "/v1/models/current").json().get("id").asText()).isEqualTo(modelId);
            Http.Reply reply = Http.post(first.getLocalPort(), "/v1/optimize", REQUEST);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            firstAnswer = reply.json().get("recommendation").toString();
        } finally {
            first.after();
        }

        DropwizardTestSupport<OptimizerConfiguration> second = app(data);
        second.before();
        try {
            assertThat(Http.get(second.getLocalPort(), "/v1/models/current").json().get("id").asText()).isEqualTo(modelId);
            Http.Reply reply = Http.post(second.getLocalPort(), "/v1/optimize", REQUEST);
            assertThat(reply.json().get("recommendation").toString()).isEqualTo(firstAnswer);
        } finally {
            second.after();
        }

        ModelStore store = new ModelStore(data, DataDirFixture.JSON);
        Files.write(store.modelFile(modelId), "this is not a Tribuo protobuf".getBytes());
        Optional<String> bundledId = store.loadBundled().map(LatencyModel::id);
        DropwizardTestSupport<OptimizerConfiguration> third = app(data);
        third.before();
        try {
            Http.Reply current = Http.get(third.getLocalPort(), "/v1/models/current");
            if (bundledId.isPresent()) {
                assertThat(current.json().get("id").asText()).isEqualTo(bundledId.get()).isNotEqualTo(modelId);
                assertThat(current.json().get("source").asText()).isEqualTo("bundled");
            } else {
                assertThat(current.status()).isEqualTo(503);
                assertThat(current.json().get("code").asText()).isEqualTo("model_unavailable");
            }
        } finally {
            third.after();
        }
    }
}
