package io.nexuszero.crypto.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.nexuszero.crypto.CryptoConfiguration;
import io.nexuszero.crypto.support.CryptoTestApp;
import io.nexuszero.common.testing.Http;
import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.proof.ProofParameters;
import io.nexuszero.crypto.engine.proof.ProofSystem;
import io.nexuszero.crypto.engine.proof.ProofSystems;
import io.nexuszero.crypto.engine.proof.ProofType;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class BenchmarkEndToEndTest {

    static final DropwizardAppExtension<CryptoConfiguration> APP = CryptoTestApp.app(CryptoTestApp.MASTER_SECRET, "",
            ConfigOverride.config("benchmarkTimeBudget", "2s"));

    private Http http() {
        return new Http(APP.getLocalPort());
    }

    @Test
    void proveBenchmarkReportsTimingsAndTheRealProofSize() {
        Http.Reply reply = http().post("/v1/benchmarks", Map.of("parameterSet", "nz-128", "operation", "prove",
                "proofType", "commitment-opening", "witnessLength", 16, "iterations", 20));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        JsonNode result = reply.json();
        assertThat(result.get("parameterSet").asText()).isEqualTo("nz-128");
        assertThat(result.get("parameters").get("ringDegree").asInt()).isEqualTo(256);
        assertThat(result.get("operation").asText()).isEqualTo("prove");
        assertThat(result.get("proofType").asText()).isEqualTo("commitment-opening");
        assertThat(result.get("witnessLength").asInt()).isEqualTo(16);
        assertThat(result.get("iterations").asInt()).isEqualTo(20);
        double median = result.get("medianMicros").asDouble();
        assertThat(median).isPositive();
        assertThat(result.get("p90Micros").asDouble()).isGreaterThanOrEqualTo(median);
        assertThat(result.get("meanMicros").asDouble()).isPositive();
        assertThat(result.get("meanAttempts").asDouble()).isGreaterThanOrEqualTo(1.0);
        // nz-128: n = 256, κ = λ = 6, one message polynomial, γ = 2^18, τη = 46 (docs/CRYPTO.md "Proofs")
        double perCoefficient = (2.0 * 262144 + 1) / (2.0 * (262144 - 46) + 1);
        assertThat(result.get("expectedAttempts").asDouble())
                .isCloseTo(Math.pow(perCoefficient, 256 * (6 + 1 + 6)), org.assertj.core.api.Assertions.within(1e-9));

        JsonNode proof = http().post("/v1/proofs", Map.of("type", "commitment-opening", "parameterSet", "nz-128",
                "witness", Map.of("values", IntStream.range(0, 16).boxed().toList()))).json();
        assertThat(result.get("proofBytes").asInt())
                .isEqualTo(Base64.getUrlDecoder().decode(proof.get("proof").asText()).length);
    }

    @Test
    void rangeBenchmarksProveAndVerifyWithTheEnginesSizeAndAttempts() {
        ProofParameters p = ProofParameters.of(Presets.NZ_128);
        ProofSystem range = ProofSystems.of(ProofType.RANGE);
        for (String operation : List.of("prove", "verify")) {
            Http.Reply reply = http().post("/v1/benchmarks", Map.of("parameterSet", "nz-128", "operation", operation,
                    "proofType", "range", "witnessLength", 16, "iterations", 3));
            assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
            JsonNode result = reply.json();
            assertThat(result.get("proofType").asText()).isEqualTo("range");
            assertThat(result.get("witnessLength").asInt()).isEqualTo(16);
            assertThat(result.get("medianMicros").asDouble()).isPositive();
            assertThat(result.get("proofBytes").asInt()).isEqualTo(range.size(p, 16).proofBytes());
            assertThat(result.get("expectedAttempts").asDouble()).isEqualTo(range.expectedAttempts(p, 16));
        }
        // a proof's attempts are counted only when proving
        Http.Reply prove = http().post("/v1/benchmarks", Map.of("parameterSet", "nz-128", "operation", "prove",
                "proofType", "range", "witnessLength", 1, "iterations", 2));
        assertThat(prove.json().get("meanAttempts").asDouble()).isGreaterThanOrEqualTo(1.0);
        // above the engine's limit (4096 values, the encoding's cap, at every preset): the existing 400
        int tooMany = range.maxValues(p) + 1;
        Http.Reply tooLong = http().post("/v1/benchmarks", Map.of("parameterSet", "nz-128", "operation", "prove",
                "proofType", "range", "witnessLength", tooMany, "iterations", 1));
        assertThat(tooLong.status()).as(tooLong.raw().body()).isEqualTo(400);
        assertThat(tooLong.code()).isEqualTo("witness_too_long");
        assertThat(tooLong.json().get("message").asText()).contains(Integer.toString(tooMany - 1));
    }

    @Test
    void nonProofOperationsAndCustomParameters() {
        JsonNode keygen = http().post("/v1/benchmarks", Map.of("parameterSet", "nz-192", "operation", "keygen",
                "iterations", 5)).json();
        assertThat(keygen.get("proofBytes").isNull()).isTrue();
        assertThat(keygen.get("meanAttempts").isNull()).isTrue();
        assertThat(keygen.get("expectedAttempts").isNull()).isTrue();
        assertThat(keygen.get("proofType").isNull()).isTrue();
        assertThat(keygen.get("iterations").asInt()).isEqualTo(5);

        Map<String, Object> custom = Map.of("ringDegree", 256, "modulus", 268435313, "rankK", 6, "rankL", 5,
                "secretDistribution", "uniform", "eta", 2, "challengeWeight", 23, "gamma", 131072);
        for (String operation : List.of("verify", "encrypt", "decrypt")) {
            Http.Reply reply = http().post("/v1/benchmarks", Map.of("parameters", custom, "operation", operation,
                    "proofType", "lwe-secret", "iterations", 5));
            assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
            assertThat(reply.json().get("parameterSet").isNull()).isTrue();
            assertThat(reply.json().get("parameters").get("secretDistribution").asText()).isEqualTo("uniform");
        }
    }

    @Test
    void oneBenchmarkAtATime() throws Exception {
        CompletableFuture<Http.Reply> longRunning = CompletableFuture.supplyAsync(() -> http().post("/v1/benchmarks",
                Map.of("parameterSet", "nz-256", "operation", "prove", "proofType", "commitment-opening",
                        "witnessLength", 1024, "iterations", 2000)));
        Http.Reply busy = null;
        for (int i = 0; i < 100 && !longRunning.isDone(); i++) {
            Thread.sleep(50);
            Http.Reply attempt = http().post("/v1/benchmarks", Map.of("parameterSet", "nz-128", "operation",
                    "keygen", "iterations", 1));
            if (attempt.status() == 429) {
                busy = attempt;
                break;
            }
        }
        assertThat(busy).as("a second benchmark while one runs").isNotNull();
        assertThat(busy.code()).isEqualTo("benchmark_busy");
        long retryAfter = Long.parseLong(busy.raw().headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        Http.Reply finished = longRunning.get();
        assertThat(finished.status()).isEqualTo(200);
        // the 2 s budget stopped it early and it says how many iterations it measured
        assertThat(finished.json().get("iterations").asInt()).isBetween(1, 2000);
        assertThat(http().post("/v1/benchmarks", Map.of("parameterSet", "nz-128", "operation", "keygen",
                "iterations", 1)).status()).isEqualTo(200);
    }
}
