package io.nexuszero.crypto.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.nexuszero.common.testing.Http;
import io.nexuszero.common.testing.PrometheusText;
import io.nexuszero.crypto.CryptoConfiguration;
import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.proof.ProofParameters;
import io.nexuszero.crypto.engine.proof.ProofSystems;
import io.nexuszero.crypto.engine.proof.ProofType;
import io.nexuszero.crypto.engine.proof.RangeProof;
import io.nexuszero.crypto.support.CryptoTestApp;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * range proofs over real HTTP: values as numbers and decimal strings up to 2^64 − 1, shared and per-value bounds,
 * the bounds themselves as values, values just outside (a 400 naming the position only), bounds the verifier names
 * differently (bounds_mismatch), tampering, batches, sizes and metrics.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RangeProofsEndToEndTest {

    static final DropwizardAppExtension<CryptoConfiguration> APP = CryptoTestApp.app(CryptoTestApp.MASTER_SECRET, "");

    private static final String U64_MAX = "18446744073709551615";
    private static final ProofParameters NZ_128 = ProofParameters.of(Presets.NZ_128);

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(APP.getLocalPort());
    }

    private JsonNode prove(Map<String, Object> request) {
        Http.Reply proved = http.post("/v1/proofs", request);
        assertThat(proved.status()).as(proved.raw().body()).isEqualTo(200);
        return proved.json();
    }

    private JsonNode verify(JsonNode proof) {
        Http.Reply reply = http.post("/v1/proofs/verify", proof);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        return reply.json();
    }

    private static Map<String, Object> range(List<?> values, Object bounds) {
        return Map.of("type", "range", "parameterSet", "nz-128", "witness", Map.of("values", values),
                "bounds", bounds, "context", KeysAndProofsEndToEndTest.b64("invoice 7"));
    }

    private static int decodedLength(JsonNode base64) {
        return Base64.getUrlDecoder().decode(base64.asText()).length;
    }

    /** The full unsigned 64-bit range; its bounds and a value between, as JSON numbers and decimal strings. */
    @Test
    void sharedBoundsRoundTripWithTheBoundsThemselves() {
        JsonNode proof = prove(range(List.of(0, "12345678901234567890", U64_MAX),
                Map.of("min", "0", "max", U64_MAX)));
        assertThat(proof.get("type").asText()).isEqualTo("range");
        assertThat(proof.get("statement").get("bounds")).isEqualTo(Http.JSON.valueToTree(
                Map.of("min", "0", "max", U64_MAX)));
        assertThat(proof.get("statement").has("relation")).isFalse();
        assertThat(proof.toString()).doesNotContain("12345678901234567890");
        assertThat(decodedLength(proof.get("proof"))).isEqualTo(RangeProof.proofLength(NZ_128, 3));
        assertThat(decodedLength(proof.get("statement").get("commitments")))
                .isEqualTo(RangeProof.statementLength(NZ_128, 3, true));
        assertThat(verify(proof)).isEqualTo(Http.JSON.valueToTree(Map.of("valid", true)));

        ObjectNode tampered = proof.deepCopy();
        tampered.put("proof", KeysAndProofsEndToEndTest.flipByte(proof.get("proof").asText(), 100));
        assertThat(verify(tampered).get("valid").asBoolean()).isFalse();
        ObjectNode otherContext = proof.deepCopy();
        otherContext.put("context", KeysAndProofsEndToEndTest.b64("invoice 8"));
        assertThat(verify(otherContext).get("reason").asText()).isEqualTo("challenge_mismatch");
        // bounds compare as numbers: JSON numbers name the same bounds as the decimal strings of the statement
        ObjectNode asNumbers = proof.deepCopy();
        ((ObjectNode) asNumbers.get("statement")).set("bounds", Http.JSON.createObjectNode().put("min", 0)
                .put("max", new java.math.BigInteger(U64_MAX)));
        assertThat(verify(asNumbers).get("valid").asBoolean()).isTrue();
    }

    /** One value, negative bounds given as JSON numbers, the value at min. */
    @Test
    void oneValueAtItsLowerBound() {
        JsonNode proof = prove(range(List.of(-1000), Map.of("min", -1000, "max", 1000)));
        assertThat(proof.get("statement").get("bounds")).isEqualTo(Http.JSON.valueToTree(
                Map.of("min", "-1000", "max", "1000")));
        assertThat(decodedLength(proof.get("proof"))).isEqualTo(RangeProof.proofLength(NZ_128, 1));
        assertThat(verify(proof).get("valid").asBoolean()).isTrue();
    }

    @Test
    void perValueBoundsAndBoundsMismatch() {
        JsonNode proof = prove(range(List.of(5, "-7"), List.of(Map.of("min", 0, "max", 5),
                Map.of("min", "-10", "max", "-7"))));
        assertThat(proof.get("statement").get("bounds")).isEqualTo(Http.JSON.valueToTree(List.of(
                Map.of("min", "0", "max", "5"), Map.of("min", "-10", "max", "-7"))));
        assertThat(decodedLength(proof.get("statement").get("commitments")))
                .isEqualTo(RangeProof.statementLength(NZ_128, 2, false));
        assertThat(verify(proof).get("valid").asBoolean()).isTrue();

        for (Object named : List.of(
                List.of(Map.of("min", 0, "max", 5), Map.of("min", -10, "max", -6)),  // one bound differs
                List.of(Map.of("min", 0, "max", 5)),                                 // another value count
                Map.of("min", -10, "max", 5))) {                                     // wider, shared
            ObjectNode other = proof.deepCopy();
            ((ObjectNode) other.get("statement")).set("bounds", Http.JSON.valueToTree(named));
            assertThat(verify(other)).as(named.toString()).isEqualTo(Http.JSON.valueToTree(
                    Map.of("valid", false, "reason", "bounds_mismatch")));
        }

        // a shared pair and the same pair for every value say the same: the verifier may name either
        JsonNode shared = prove(range(List.of(1, 2), Map.of("min", 1, "max", 2)));
        ObjectNode perValue = shared.deepCopy();
        ((ObjectNode) perValue.get("statement")).set("bounds", Http.JSON.valueToTree(List.of(
                Map.of("min", 1, "max", 2), Map.of("min", "1", "max", "2"))));
        assertThat(verify(perValue).get("valid").asBoolean()).isTrue();

        Http.Reply scrape = Http.get(APP.getAdminPort(), "/metrics");
        PrometheusText metrics = PrometheusText.parse(scrape.body());
        assertThat(metrics.samples("nexuszero_crypto_verification_failures_total"))
                .anySatisfy(sample -> {
                    assertThat(sample.labels()).containsEntry("proof_type", "range")
                            .containsEntry("reason", "bounds_mismatch");
                    assertThat(sample.value()).isGreaterThanOrEqualTo(3);
                });
        assertThat(metrics.samples("nexuszero_crypto_proof_attempts_count"))
                .anySatisfy(sample -> {
                    assertThat(sample.labels()).containsEntry("proof_type", "range")
                            .containsEntry("parameter_set", "nz-128");
                    assertThat(sample.value()).isGreaterThanOrEqualTo(2);
                });
    }

    /** min − 1 and max + 1: 400 value_out_of_range naming the position, never the value. */
    @Test
    void valuesJustOutsideTheirBoundsAreRefusedByPosition() {
        Map<String, Object> bounds = Map.of("min", "1000000007", "max", "2000000011");
        for (List<String> values : List.of(List.of("1500000000", "1000000006"),
                List.of("1500000000", "2000000012"))) {
            Http.Reply reply = http.post("/v1/proofs", range(values, bounds));
            assertThat(reply.status()).as(reply.raw().body()).isEqualTo(400);
            assertThat(reply.code()).isEqualTo("value_out_of_range");
            assertThat(reply.json().get("message").asText()).contains("witness.values[1]");
            assertThat(reply.raw().body()).doesNotContain(values.get(1)).doesNotContain("1500000000");
        }
        Http.Reply perValue = http.post("/v1/proofs", range(List.of(3, 3),
                List.of(Map.of("min", 0, "max", 3), Map.of("min", 4, "max", 9))));
        assertThat(perValue.code()).isEqualTo("value_out_of_range");
        assertThat(perValue.json().get("message").asText()).contains("witness.values[1]");
    }

    @Test
    void verifyBatchTakesRangeItems() {
        JsonNode range = prove(range(List.of(42), Map.of("min", 0, "max", 100)));
        JsonNode opening = prove(Map.of("type", "commitment-opening", "parameterSet", "nz-128",
                "witness", Map.of("values", List.of(1, 2))));
        ObjectNode tampered = range.deepCopy();
        tampered.put("proof", KeysAndProofsEndToEndTest.flipByte(range.get("proof").asText(), 200));
        Http.Reply batch = http.post("/v1/proofs/verify-batch", Map.of("items", List.of(range, opening, tampered)));
        assertThat(batch.status()).as(batch.raw().body()).isEqualTo(200);
        JsonNode results = batch.json().get("results");
        assertThat(results.get(0).get("valid").asBoolean()).isTrue();
        assertThat(results.get(1).get("valid").asBoolean()).isTrue();
        assertThat(results.get(2).get("valid").asBoolean()).isFalse();
    }

    /**
     * A range proof over 300 values is 1.35 MB (1.8 MB as JSON): more than the default 1 MiB body limit, which the
     * proof-verification routes raise (largeBodyRoutes, 64 MiB), so the service verifies what it proved; proving
     * keeps the default limit.
     */
    @Test
    void proofsOverHundredsOfValuesVerifyBeyondTheDefaultBodyLimit() {
        List<Object> values = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            values.add(Long.toString(1_000_003L * i));
        }
        JsonNode proof = prove(range(values, Map.of("min", "0", "max", U64_MAX)));
        assertThat(decodedLength(proof.get("proof"))).isEqualTo(RangeProof.proofLength(NZ_128, 300));
        assertThat(proof.get("proof").asText().length()).isGreaterThan(1 << 20);
        assertThat(verify(proof).get("valid").asBoolean()).isTrue();
        Http.Reply batch = http.post("/v1/proofs/verify-batch", Map.of("items", List.of(proof)));
        assertThat(batch.status()).as(batch.raw().body()).isEqualTo(200);
        assertThat(batch.json().get("results").get(0).get("valid").asBoolean()).isTrue();
        Http.Reply elsewhere = http.post("/v1/proofs", proof);
        assertThat(elsewhere.status()).isEqualTo(413);
        assertThat(elsewhere.code()).isEqualTo("payload_too_large");
    }

    /** The presets and evaluate report range with the engine's exact sizes, limit and expected attempts. */
    @Test
    void sizesLimitsAndAttemptsAreReported() {
        JsonNode presets = http.get("/v1/parameter-sets").json().get("parameterSets");
        for (JsonNode preset : presets) {
            ProofParameters p = ProofParameters.of(Presets.byId(preset.get("id").asText()).orElseThrow());
            assertThat(preset.get("sizes").get("proofBytes").get("range").asInt())
                    .isEqualTo(RangeProof.proofLength(p, 1));
        }
        // nz-128's numbers as custom parameters
        Map<String, Object> nz128 = Map.of("ringDegree", 256, "modulus", 268435313, "rankK", 6, "rankL", 6,
                "secretDistribution", "cbd", "eta", 2, "challengeWeight", 23, "gamma", 262144);
        Http.Reply reply = http.post("/v1/parameter-sets/evaluate", Map.of("candidates", List.of(nz128),
                "witnessLengths", List.of(1, 16, 112, 4096)));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        JsonNode result = reply.json().get("results").get(0);
        ProofParameters p = ProofParameters.of(Presets.NZ_128.parameters());
        for (int length : List.of(1, 16, 112, 4096)) {
            String key = Integer.toString(length);
            assertThat(result.get("sizes").get("proofBytes").get("range").get(key).asInt())
                    .isEqualTo(RangeProof.proofLength(p, length));
            assertThat(result.get("sizes").get("statementBytes").get("range").get(key).asInt())
                    .isEqualTo(RangeProof.statementLength(p, length, true));
            double expected = ProofSystems.of(ProofType.RANGE).expectedAttempts(p, length);
            JsonNode attempts = result.get("expectedAttempts").get("range").get(key);
            if (Double.isFinite(expected)) {
                assertThat(attempts.asDouble()).isCloseTo(expected, within(expected * 1e-12));
            } else {
                assertThat(attempts.isNull()).isTrue();
            }
        }
        assertThat(result.get("sizes").get("maxWitnessLength").get("range").asInt())
                .isEqualTo(RangeProof.maxValues(p));
        // the real proof at these parameters has the evaluated size ("custom" and "nz-128" are equally long ids)
        JsonNode proof = prove(range(List.of(7), Map.of("min", 0, "max", 9)));
        assertThat(result.get("sizes").get("proofBytes").get("range").get("1").asInt())
                .isEqualTo(decodedLength(proof.get("proof")));
    }

    /**
     * A valid parameter set whose range proof over even one value would exceed the attempt cap (nz-128 with
     * γ = 2^13, too narrow for uniform and Gaussian masks alike) is still evaluated — limit 0, sizes and attempts as
     * chunks of one value — rather than answering 500; the optimizer's search space holds such sets and evaluates
     * them in batches.
     */
    @Test
    void aSetThatCannotProveOneValueIsEvaluatedWithLimitZero() {
        Map<String, Object> narrow = Map.of("ringDegree", 256, "modulus", 268435313, "rankK", 6, "rankL", 6,
                "secretDistribution", "cbd", "eta", 2, "challengeWeight", 23, "gamma", 8192);
        Http.Reply reply = http.post("/v1/parameter-sets/evaluate", Map.of("candidates", List.of(narrow),
                "witnessLengths", List.of(1, 16, 4096)));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        JsonNode result = reply.json().get("results").get(0);
        assertThat(result.get("valid").asBoolean()).isTrue();
        assertThat(result.get("sizes").get("maxWitnessLength").get("range").asInt()).isZero();
        ProofParameters p = ProofParameters.of("custom", 256, 268435313, 6, 6, "cbd", 2, 23, 8192);
        assertThat(result.get("sizes").get("proofBytes").get("range").get("16").asInt())
                .isEqualTo(RangeProof.proofLength(p, 16));
        JsonNode attempts = result.get("expectedAttempts").get("range").get("1");   // beyond the engine's cap of 10^4
        assertThat(attempts.isNull() || attempts.asDouble() > 10_000).as(attempts.toString()).isTrue();
    }
}
