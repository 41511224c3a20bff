package io.nexuszero.crypto.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.nexuszero.crypto.CryptoConfiguration;
import io.nexuszero.crypto.support.CryptoTestApp;
import io.nexuszero.common.testing.Http;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every key and proof endpoint over real HTTP: prove with one call, verify with another, tamper → invalid. */
@ExtendWith(DropwizardExtensionsSupport.class)
class KeysAndProofsEndToEndTest {

    static final DropwizardAppExtension<CryptoConfiguration> APP = CryptoTestApp.app(CryptoTestApp.MASTER_SECRET, "");

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(APP.getLocalPort());
    }

    static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static String flipByte(String base64, int index) {
        byte[] bytes = Base64.getUrlDecoder().decode(base64);
        bytes[index] ^= 0x01;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private JsonNode createKey(String preset) {
        Http.Reply created = http.post("/v1/keys", Map.of("parameterSet", preset));
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }

    @Test
    void keyIsCreatedAndReadBack() {
        JsonNode key = createKey("nz-128");
        String keyId = key.get("keyId").asText();
        assertThat(keyId).startsWith("nz-128.");
        assertThat(key.get("parameterSet").asText()).isEqualTo("nz-128");
        assertThat(key.get("purpose").asText()).isEqualTo("proof"); // the default purpose
        assertThat(key.get("algorithm").asText()).isEqualTo("nz-128");
        Http.Reply read = http.get("/v1/keys/" + keyId);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(key);
    }

    @Test
    void keyProofVerifiesAndTamperingIsInvalid() {
        String keyId = createKey("nz-128").get("keyId").asText();
        Http.Reply proved = http.post("/v1/keys/" + keyId + "/proofs", Map.of("context", b64("login nonce 42")));
        assertThat(proved.status()).isEqualTo(200);
        JsonNode proof = proved.json();
        assertThat(proof.get("type").asText()).isEqualTo("lwe-secret");
        assertThat(proof.get("parameterSet").asText()).isEqualTo("nz-128");
        assertThat(proof.get("statement").get("publicKey").asText())
                .isEqualTo(http.get("/v1/keys/" + keyId).json().get("publicKey").asText());
        assertThat(proof.get("context").asText()).isEqualTo(b64("login nonce 42"));

        assertThat(verify(proof)).isEqualTo(Map.of("valid", true));

        ObjectNode tampered = proof.deepCopy();
        tampered.put("proof", flipByte(proof.get("proof").asText(), 40));
        JsonNode result = http.post("/v1/proofs/verify", tampered).json();
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("reason").asText()).isNotBlank();

        ObjectNode otherContext = proof.deepCopy();
        otherContext.put("context", b64("login nonce 43"));
        assertThat(http.post("/v1/proofs/verify", otherContext).json().get("reason").asText())
                .isEqualTo("challenge_mismatch");

        String otherKeyId = createKey("nz-128").get("keyId").asText();
        ObjectNode otherKey = proof.deepCopy();
        ((ObjectNode) otherKey.get("statement")).put("publicKey",
                http.get("/v1/keys/" + otherKeyId).json().get("publicKey").asText());
        assertThat(http.post("/v1/proofs/verify", otherKey).json().get("valid").asBoolean()).isFalse();
    }

    @Test
    void keyProofWithoutBodyUsesEmptyContext() throws Exception {
        String keyId = createKey("nz-192").get("keyId").asText();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + APP.getLocalPort() + "/v1/keys/" + keyId + "/proofs"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode proof = Http.JSON.readTree(response.body());
        assertThat(proof.get("context").asText()).isEmpty();
        assertThat(verify(proof)).isEqualTo(Map.of("valid", true));
    }

    @Test
    void commitmentOpeningRoundTripAndTamperedStatement() {
        Http.Reply proved = http.post("/v1/proofs", Map.of("type", "commitment-opening", "parameterSet", "nz-128",
                "witness", Map.of("values", List.of(5, -7, 1_000_000, 0)), "context", b64("order 17")));
        assertThat(proved.status()).isEqualTo(200);
        JsonNode proof = proved.json();
        assertThat(proof.get("statement").has("commitments")).isTrue();
        assertThat(proof.get("statement").has("relation")).isFalse();
        assertThat(proof.toString()).doesNotContain("1000000");
        assertThat(verify(proof)).isEqualTo(Map.of("valid", true));

        ObjectNode tampered = proof.deepCopy();
        ((ObjectNode) tampered.get("statement")).put("commitments",
                flipByte(proof.get("statement").get("commitments").asText(), 60));
        assertThat(http.post("/v1/proofs/verify", tampered).json().get("valid").asBoolean()).isFalse();
    }

    @Test
    void linearRelationRoundTripAndRelationMismatch() {
        // m1 + m2 - m3 = 0
        Map<String, Object> relation = Map.of("coefficients", List.of(1, 1, -1), "constant", 0);
        Http.Reply proved = http.post("/v1/proofs", Map.of("type", "linear-relation", "parameterSet", "nz-128",
                "witness", Map.of("values", List.of(20, 22, 42)), "relation", relation));
        assertThat(proved.status()).isEqualTo(200);
        JsonNode proof = proved.json();
        assertThat(proof.get("statement").get("relation").get("coefficients").toString()).isEqualTo("[1,1,-1]");
        assertThat(verify(proof)).isEqualTo(Map.of("valid", true));

        ObjectNode otherRelation = proof.deepCopy();
        ((ObjectNode) otherRelation.get("statement")).set("relation",
                Http.JSON.valueToTree(Map.of("coefficients", List.of(1, 1, -1), "constant", 1)));
        JsonNode result = http.post("/v1/proofs/verify", otherRelation).json();
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("reason").asText()).isEqualTo("relation_mismatch");

        Http.Reply wrongWitness = http.post("/v1/proofs", Map.of("type", "linear-relation", "parameterSet", "nz-128",
                "witness", Map.of("values", List.of(20, 22, 43)), "relation", relation));
        assertThat(wrongWitness.status()).isEqualTo(422);
        assertThat(wrongWitness.code()).isEqualTo("relation_not_satisfied");
        assertThat(wrongWitness.raw().body()).doesNotContain("43");
    }

    /** One commitment to 4096 values and Σ a_i·v_i = b, proven, verified alone and in a batch. */
    @Test
    void linearRelationOver4096Values() {
        List<Long> values = new java.util.ArrayList<>();
        List<Long> coefficients = new java.util.ArrayList<>();
        long q = 268435313L;
        long sum = 0;
        for (int i = 0; i < 4096; i++) {
            long value = (i * 7919L) % 100_000;
            long coefficient = i % 3 == 0 ? -1 : i;
            values.add(value);
            coefficients.add(coefficient);
            sum = Math.floorMod(sum + coefficient * value, q);
        }
        Http.Reply proved = http.post("/v1/proofs", Map.of("type", "linear-relation", "parameterSet", "nz-128",
                "witness", Map.of("values", values), "relation", Map.of("coefficients", coefficients,
                        "constant", sum)));
        assertThat(proved.status()).as(proved.raw().body()).isEqualTo(200);
        JsonNode proof = proved.json();
        assertThat(verify(proof)).isEqualTo(Map.of("valid", true));
        Http.Reply batch = http.post("/v1/proofs/verify-batch", Map.of("items", List.of(proof, proof)));
        assertThat(batch.json().get("results").get(1).get("valid").asBoolean()).isTrue();
    }

    /** A linear-relation proof of the retired format 1 (kind byte 0x03) is a clear verdict, not a 5xx. */
    @Test
    void retiredLinearRelationFormatAnswersUnsupportedFormat() {
        JsonNode proof = http.post("/v1/proofs", Map.of("type", "linear-relation", "parameterSet", "nz-128",
                "witness", Map.of("values", List.of(1, 2)),
                "relation", Map.of("coefficients", List.of(1, 1), "constant", 3))).json();
        ObjectNode old = proof.deepCopy();
        byte[] bytes = Base64.getUrlDecoder().decode(proof.get("proof").asText());
        bytes[3] = 0x03;
        old.put("proof", Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        Http.Reply reply = http.post("/v1/proofs/verify", old);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("valid").asBoolean()).isFalse();
        assertThat(reply.json().get("reason").asText()).isEqualTo("unsupported_format");
    }

    @Test
    void verifyBatchAnswersEveryItemInOrder() {
        JsonNode good = http.post("/v1/proofs", Map.of("type", "commitment-opening", "parameterSet", "nz-128",
                "witness", Map.of("values", List.of(1, 2, 3)))).json();
        ObjectNode bad = good.deepCopy();
        bad.put("proof", flipByte(good.get("proof").asText(), 30));
        Http.Reply batch = http.post("/v1/proofs/verify-batch", Map.of("items", List.of(good, bad, good)));
        assertThat(batch.status()).isEqualTo(200);
        JsonNode results = batch.json().get("results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).get("valid").asBoolean()).isTrue();
        assertThat(results.get(1).get("valid").asBoolean()).isFalse();
        assertThat(results.get(2).get("valid").asBoolean()).isTrue();
    }

    @Test
    void proofKeysNoLongerEncryptOrDecrypt() {
        // the IND-CPA scheme of proof keys is gone from the API: a decryption oracle on the proof secret leaks it
        String keyId = createKey("nz-128").get("keyId").asText();
        Http.Reply encrypted = http.post("/v1/keys/" + keyId + "/encrypt", Map.of("plaintext", b64("attack at dawn")));
        assertThat(encrypted.status()).isEqualTo(400);
        assertThat(encrypted.code()).isEqualTo("wrong_key_purpose");
        Http.Reply decrypted = http.post("/v1/keys/" + keyId + "/decrypt", Map.of("ciphertext", "AAAA",
                "encapsulatedKey", "AAAA"));
        assertThat(decrypted.status()).isEqualTo(400);
        assertThat(decrypted.code()).isEqualTo("wrong_key_purpose");
    }

    @Test
    void domainMetricsAreExported() throws Exception {
        String keyId = createKey("nz-128").get("keyId").asText();
        JsonNode proof = http.post("/v1/keys/" + keyId + "/proofs", Map.of()).json();
        verify(proof);
        ObjectNode tampered = proof.deepCopy();
        tampered.put("proof", flipByte(proof.get("proof").asText(), 40));
        http.post("/v1/proofs/verify", tampered);

        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + APP.getAdminPort() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics)
                .containsPattern("nexuszero_crypto_key_generation_total\\{[^}]*parameter_set=\"nz-128\"[^}]*} [1-9]")
                .containsPattern("nexuszero_crypto_proof_generation_duration_seconds_count\\{[^}]*"
                        + "parameter_set=\"nz-128\",proof_type=\"lwe-secret\"[^}]*} [1-9]")
                .containsPattern("nexuszero_crypto_proof_attempts_count\\{[^}]*proof_type=\"lwe-secret\"[^}]*} [1-9]")
                .contains("nexuszero_crypto_proof_generation_duration_seconds_bucket{")
                .containsPattern("nexuszero_crypto_verification_duration_seconds_count\\{[^}]*result=\"valid\"")
                .containsPattern("nexuszero_crypto_verification_failures_total\\{[^}]*proof_type=\"lwe-secret\""
                        + ",reason=\"[a-z_]+\"[^}]*} [1-9]");
    }

    @Test
    void adminHealthReportsTheEngineSelfTest() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + APP.getAdminPort() + "/healthcheck")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode selfTest = Http.JSON.readTree(health.body()).get("engine-self-test");
        assertThat(selfTest.get("healthy").asBoolean()).isTrue();
        assertThat(selfTest.get("message").asText()).contains("prove-verify");
    }

    private Map<String, Object> verify(JsonNode proof) {
        Http.Reply reply = http.post("/v1/proofs/verify", proof);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        return Http.JSON.convertValue(reply.json(), Map.class);
    }
}
