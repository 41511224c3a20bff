package io.nexuszero.optimizer;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.nexuszero.optimizer.support.DataDirFixture;
import io.nexuszero.common.testing.Http;
import io.nexuszero.optimizer.support.SyntheticData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static io.nexuszero.optimizer.support.OptimizeRequests.optimizeBody;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP API over real Jetty, with crypto-service down (nothing listens on its URL): answers come from the cached
 * search space and model in the data directory (TEST-ONLY synthetic ones, see SyntheticData).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OptimizerApiTest {
    static final String ALL = "{\"proofBytes\":1,\"proveMillis\":1,\"verifyMillis\":1}";

    static final DropwizardAppExtension<OptimizerConfiguration> APP = new DropwizardAppExtension<>(
            OptimizerApplication.class, "config.yml",
            ConfigOverride.config("server.applicationConnectors[0].port", "0"),
            ConfigOverride.config("server.adminConnectors[0].port", "0"),
            ConfigOverride.config("dataDirectory", DataDirFixture.seed().toString()),
            ConfigOverride.config("cryptoService.url", "http://127.0.0.1:1"),
            ConfigOverride.config("cryptoService.maxAttempts", "3"),
            ConfigOverride.config("cryptoService.initialBackoff", "1s"),
            ConfigOverride.config("searchSpace.retryInterval", "10m"));

    private static int port() {
        return APP.getLocalPort();
    }

    @Test
    void optimizeAnswersFromTheCacheAndMarksItStale() throws Exception {
        Http.Reply reply = Http.post(port(), "/v1/optimize", optimizeBody(100, "commitment-opening", 16, ALL));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("stale").asBoolean()).isTrue();
        assertThat(body.at("/model/id").asText()).isEqualTo(DataDirFixture.model().id());
        assertThat(body.at("/alternatives")).hasSize(4);
        JsonNode best = body.get("recommendation");
        assertThat(best.at("/estimate/classicalBits").asDouble()).isGreaterThanOrEqualTo(100);
        assertThat(best.at("/predicted/proofBytes").asLong()).isPositive();
        assertThat(best.at("/predicted/proveMillis").asDouble()).isPositive();
        assertThat(best.at("/parameters/ringDegree").asInt()).isIn(256, 512);
        double previous = best.get("score").asDouble();
        for (JsonNode alternative : body.get("alternatives")) {
            assertThat(alternative.at("/estimate/classicalBits").asDouble()).isGreaterThanOrEqualTo(100);
            assertThat(alternative.get("score").asDouble()).isGreaterThanOrEqualTo(previous);
            previous = alternative.get("score").asDouble();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "128; lwe-secret; 1; {\"proofBytes\":0,\"proveMillis\":0,\"verifyMillis\":0}; invalid_objective",
        "128; lwe-secret; 1; {\"proofBytes\":-1,\"proveMillis\":2,\"verifyMillis\":0}; invalid_objective",
        "128; lwe-secret; 1; {}; invalid_objective",
        "128; groth16; 1; " + ALL + "; unknown_proof_type",
        "79; lwe-secret; 1; " + ALL + "; security_out_of_range",
        "321; lwe-secret; 1; " + ALL + "; security_out_of_range",
        "128; linear-relation; 0; " + ALL + "; witness_length_out_of_range",
        "128; linear-relation; 4097; " + ALL + "; witness_length_out_of_range",
        "128; range; 0; " + ALL + "; witness_length_out_of_range",
        "128; range; 4097; " + ALL + "; witness_length_out_of_range",
        "null; lwe-secret; 1; " + ALL + "; missing_field",
        "128; lwe-secret; 1; null; missing_field",
    })
    void badOptimizeRequestsAre400sWithTheirCode(String bits, String type, String length, String objective, String code)
            throws Exception {
        Http.Reply reply = Http.post(port(), "/v1/optimize", optimizeBody(bits, type, length, objective));
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("code").asText()).isEqualTo(code);
        assertThat(reply.json().get("message").asText()).isNotBlank();
    }

    @Test
    void unreachableSecurityOrUnprovableWitnessLengthIs422() throws Exception {
        Http.Reply reply = Http.post(port(), "/v1/optimize", optimizeBody(320, "lwe-secret", 1, ALL));
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.json().get("code").asText()).isEqualTo("no_feasible_parameters");
        // the (test) search space says linear-relation proves at most 64 values
        Http.Reply tooLong = Http.post(port(), "/v1/optimize", optimizeBody(100, "linear-relation", 65, ALL));
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(422);
        assertThat(tooLong.json().get("code").asText()).isEqualTo("no_feasible_parameters");
        assertThat(Http.post(port(), "/v1/optimize", optimizeBody(100, "linear-relation", 64, ALL)).status())
                .isEqualTo(200);
    }

    @Test
    void rangeRecommendationsAreWithinTheLimitWithTheExactSize() throws Exception {
        var space = new io.nexuszero.optimizer.core.space.SearchSpace(DataDirFixture.snapshot());
        for (int length : java.util.List.of(1, 16, SyntheticData.RANGE_LIMIT)) {
            Http.Reply reply = Http.post(port(), "/v1/optimize", optimizeBody(128, "range", length, ALL));
            assertThat(reply.status()).as("L = " + length + ": " + reply.body()).isEqualTo(200);
            JsonNode body = reply.json();
            java.util.List<JsonNode> all = new java.util.ArrayList<>();
            all.add(body.get("recommendation"));
            body.get("alternatives").forEach(all::add);
            assertThat(all).hasSize(Math.min(5, body.get("feasibleCandidates").asInt()));
            for (JsonNode ranked : all) {
                var candidate = space.find(ranked.get("candidateId").asText()).orElseThrow();
                assertThat(ranked.at("/estimate/classicalBits").asDouble()).isGreaterThanOrEqualTo(128);
                assertThat(ranked.at("/predicted/proofBytes").asLong())
                        .isEqualTo(candidate.proofBytes(io.nexuszero.optimizer.api.ProofType.RANGE, length));
                assertThat(ranked.at("/predicted/proveMillis").asDouble()).isPositive();
                assertThat(ranked.at("/predicted/verifyMillis").asDouble()).isPositive();
            }
        }
        // one value more than any parameter set of the (test) space proves: refused, saying how many it could
        Http.Reply tooLong = Http.post(port(), "/v1/optimize",
                optimizeBody(128, "range", SyntheticData.RANGE_LIMIT + 1, ALL));
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(422);
        assertThat(tooLong.json().get("code").asText()).isEqualTo("no_feasible_parameters");
        assertThat(tooLong.json().get("message").asText())
                .contains("the longest such a set proves: " + SyntheticData.RANGE_LIMIT + " values");
    }

    @Test
    void predictAnswersFromTheSearchSpaceAndNeedsCryptoServiceOutsideIt() throws Exception {
        var inside = DataDirFixture.snapshot().candidates().get(3);
        String params = Http.JSON.writeValueAsString(inside.parameters());
        Http.Reply known = Http.post(port(), "/v1/predict",
                "{\"parameters\":" + params + ",\"proofType\":\"linear-relation\",\"witnessLength\":64}");
        assertThat(known.status()).as(known.body()).isEqualTo(200);
        assertThat(known.json().get("inSearchSpace").asBoolean()).isTrue();
        assertThat(known.json().at("/predicted/proofBytes").asLong())
                .isEqualTo(inside.proofBytes(io.nexuszero.optimizer.api.ProofType.LINEAR_RELATION, 64));
        assertThat(known.json().at("/estimate/classicalBits").asDouble())
                .isEqualTo(SyntheticData.fakeClassicalBits(inside.parameters()));
        assertThat(known.json().at("/model/id").asText()).isEqualTo(DataDirFixture.model().id());

        String outside = params.replace("\"eta\":2", "\"eta\":4");
        Http.Reply unknown = Http.post(port(), "/v1/predict",
                "{\"parameters\":" + outside + ",\"proofType\":\"linear-relation\",\"witnessLength\":256}");
        // outside the space only crypto-service knows its attempts, security and sizes, and it is down here
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(503);
        assertThat(unknown.json().get("code").asText()).isEqualTo("crypto_service_unavailable");
    }

    @Test
    void badPredictRequestsAre400s() throws Exception {
        Http.Reply wrongDistribution = Http.post(port(), "/v1/predict", "{\"parameters\":{\"ringDegree\":256,"
                + "\"modulus\":268435313,\"rankK\":4,\"rankL\":4,\"secretDistribution\":\"gaussian\",\"eta\":2,"
                + "\"challengeWeight\":23,\"gamma\":131072},\"proofType\":\"lwe-secret\",\"witnessLength\":1}");
        assertThat(wrongDistribution.status()).isEqualTo(400);
        assertThat(wrongDistribution.json().get("code").asText()).isEqualTo("invalid_parameters");
        Http.Reply missing = Http.post(port(), "/v1/predict", "{\"proofType\":\"lwe-secret\",\"witnessLength\":1}");
        assertThat(missing.json().get("code").asText()).isEqualTo("missing_field");
    }

    @Test
    void modelsEndpointsDescribeTheServingModel() throws Exception {
        Http.Reply current = Http.get(port(), "/v1/models/current");
        assertThat(current.status()).isEqualTo(200);
        JsonNode info = current.json();
        assertThat(info.get("id").asText()).isEqualTo(DataDirFixture.model().id());
        assertThat(info.get("sampleCount").asInt()).isPositive();
        assertThat(info.at("/holdout/prove/rmse").isNumber()).isTrue();
        assertThat(info.at("/holdout/verify/r2").isNumber()).isTrue();
        assertThat(info.get("provenance").asText()).contains("CARTRegressionTrainer");
        assertThat(Instant.parse(info.get("trainedAt").asText())).isBefore(Instant.now().plusSeconds(1));

        Http.Reply list = Http.get(port(), "/v1/models");
        assertThat(list.json().get("currentId").asText()).isEqualTo(info.get("id").asText());
        assertThat(list.json().get("models").findValuesAsText("id")).contains(info.get("id").asText());

        Http.Reply one = Http.get(port(), "/v1/models/" + info.get("id").asText());
        assertThat(one.status()).isEqualTo(200);
        Http.Reply unknown = Http.get(port(), "/v1/models/no-such-model");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("model_not_found");
    }

    @Test
    void cryptoServiceDownLeavesReadinessUpAndHealthSaysDegraded() throws Exception {
        Http.Reply ready = Http.get(APP.getAdminPort(), "/ready");
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        Http.Reply health = Http.get(APP.getAdminPort(), "/healthcheck");
        JsonNode crypto = health.json().get("crypto-service");
        assertThat(crypto.get("healthy").asBoolean()).isTrue();
        assertThat(crypto.get("dependency").asText()).isEqualTo("degraded");
        assertThat(crypto.get("message").asText()).contains("unreachable");
    }

    @Test
    void trainingJobFailsClearlyWhenCryptoServiceIsDownAndOnlyOneRunsAtATime() throws Exception {
        Http.Reply accepted = Http.post(port(), "/v1/training-jobs", "{\"candidates\":5,\"iterations\":2}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String jobId = accepted.json().get("jobId").asText();

        Http.Reply second = Http.post(port(), "/v1/training-jobs", "{}");
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.json().get("code").asText()).isEqualTo("training_job_running");

        // /optimize keeps answering while the job retries.
        assertThat(Http.post(port(), "/v1/optimize", optimizeBody(100, "lwe-secret", 1, ALL)).status()).isEqualTo(200);

        JsonNode job = awaitFinished(jobId, Duration.ofSeconds(20));
        assertThat(job.get("status").asText()).isEqualTo("failed");
        assertThat(job.get("error").asText()).contains("crypto-service").contains("unreachable").contains("3 attempts");
        assertThat(job.at("/progress/collected").asInt()).isZero();
    }

    @Test
    void badTrainingDesignsAndUnknownJobs() throws Exception {
        for (String design : new String[] {"{\"candidates\":0}", "{\"iterations\":5000}", "{\"proofTypes\":[]}",
                "{\"witnessLengths\":[0]}", "{\"minSecurityBits\":-3}"}) {
            Http.Reply reply = Http.post(port(), "/v1/training-jobs", design);
            assertThat(reply.status()).as(design + " " + reply.body()).isEqualTo(400);
            assertThat(reply.json().get("code").asText()).as(design)
                    .isIn("invalid_training_design", "witness_length_out_of_range");
        }
        Http.Reply unknownType = Http.post(port(), "/v1/training-jobs", "{\"proofTypes\":[\"snark\"]}");
        assertThat(unknownType.json().get("code").asText()).isEqualTo("unknown_proof_type");
        Http.Reply unknown = Http.get(port(), "/v1/training-jobs/does-not-exist");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("training_job_not_found");
    }

    static JsonNode awaitFinished(String jobId, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = Http.get(APP.getLocalPort(), "/v1/training-jobs/" + jobId).json();
            if (job.get("status").asText().equals("succeeded") || job.get("status").asText().equals("failed")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + jobId + " did not finish within " + timeout);
    }
}
