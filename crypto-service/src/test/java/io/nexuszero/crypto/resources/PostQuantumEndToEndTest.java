package io.nexuszero.crypto.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ML-KEM (HPKE) and ML-DSA keys through the real server: shapes, round trips, purposes, metrics. */
@ExtendWith(DropwizardExtensionsSupport.class)
class PostQuantumEndToEndTest {

    static final DropwizardAppExtension<CryptoConfiguration> APP = CryptoTestApp.app(CryptoTestApp.MASTER_SECRET, "");

    private final Http http = new Http(APP.getLocalPort());

    private static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static int decodedLength(String base64) {
        return Base64.getUrlDecoder().decode(base64).length;
    }

    private JsonNode create(Map<String, Object> body) {
        Http.Reply created = http.post("/v1/keys", body);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.raw().headers().firstValue("Location")).get().asString()
                .endsWith("/v1/keys/" + created.text("keyId"));
        return created.json();
    }

    @Test
    void securityLevelsMapToTheFipsParameterSets() {
        Map<String, List<Object>> expected = Map.of(
                "nz-128", List.of("ML-KEM-512", 800, "ML-DSA-44", 1312),
                "nz-192", List.of("ML-KEM-768", 1184, "ML-DSA-65", 1952),
                "nz-256", List.of("ML-KEM-1024", 1568, "ML-DSA-87", 2592));
        for (var level : expected.entrySet()) {
            JsonNode kem = create(Map.of("purpose", "kem", "parameterSet", level.getKey()));
            assertThat(kem.get("purpose").asText()).isEqualTo("kem");
            assertThat(kem.get("algorithm").asText()).isEqualTo(level.getValue().get(0));
            assertThat(kem.get("parameterSet").asText()).isEqualTo(level.getKey());
            assertThat(decodedLength(kem.get("publicKey").asText())).isEqualTo(level.getValue().get(1));
            assertThat(kem.get("keyId").asText()).startsWith(((String) level.getValue().get(0)).toLowerCase() + ".");
            assertThat(http.get("/v1/keys/" + kem.get("keyId").asText()).json()).isEqualTo(kem);

            JsonNode signing = create(Map.of("purpose", "signature", "parameterSet", level.getKey()));
            assertThat(signing.get("purpose").asText()).isEqualTo("signature");
            assertThat(signing.get("algorithm").asText()).isEqualTo(level.getValue().get(2));
            assertThat(decodedLength(signing.get("publicKey").asText())).isEqualTo(level.getValue().get(3));
            assertThat(http.get("/v1/keys/" + signing.get("keyId").asText()).json()).isEqualTo(signing);
        }
        // the exact shape the issue promises, and an explicit algorithm instead of purpose + level
        JsonNode signing = create(Map.of("purpose", "signature", "parameterSet", "nz-128"));
        assertThat(signing.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("keyId", "purpose", "algorithm", "parameterSet", "publicKey");
        assertThat(create(Map.of("algorithm", "ML-KEM-768")).get("parameterSet").asText()).isEqualTo("nz-192");
        assertThat(create(Map.of("purpose", "signature", "algorithm", "ML-DSA-87", "parameterSet", "nz-256"))
                .get("algorithm").asText()).isEqualTo("ML-DSA-87");
    }

    @Test
    void encryptionRoundTripsAndAuthenticatesEverything() {
        for (String level : List.of("nz-128", "nz-192", "nz-256")) {
            String keyId = create(Map.of("purpose", "kem", "parameterSet", level)).get("keyId").asText();
            for (String aead : List.of("AES-256-GCM", "ChaCha20-Poly1305")) {
                Map<String, Object> request = Map.of("plaintext", b64("attack at dawn"), "aad", b64("header v1"),
                        "info", b64("app context"), "aead", aead);
                Http.Reply encrypted = http.post("/v1/keys/" + keyId + "/encrypt", request);
                assertThat(encrypted.status()).isEqualTo(200);
                JsonNode sealed = encrypted.json();
                assertThat(sealed.get("keyId").asText()).isEqualTo(keyId);
                assertThat(sealed.get("aead").asText()).isEqualTo(aead);
                assertThat(decodedLength(sealed.get("ciphertext").asText())).isEqualTo("attack at dawn".length() + 16);
                Map<String, Object> decrypt = new HashMap<>(Map.of("encapsulatedKey",
                        sealed.get("encapsulatedKey").asText(), "ciphertext", sealed.get("ciphertext").asText(),
                        "aad", b64("header v1"), "info", b64("app context"), "aead", aead));
                Http.Reply decrypted = http.post("/v1/keys/" + keyId + "/decrypt", decrypt);
                assertThat(decrypted.status()).isEqualTo(200);
                assertThat(decrypted.json().get("plaintext").asText()).isEqualTo(b64("attack at dawn"));

                // every input is authenticated: aad, info, the AEAD choice, the enc and the ciphertext
                for (var change : List.of(Map.of("aad", b64("header v2")), Map.of("info", b64("other")),
                        Map.of("aad", ""), Map.of("ciphertext", flip(sealed.get("ciphertext").asText(), 0)),
                        Map.of("encapsulatedKey", flip(sealed.get("encapsulatedKey").asText(), 5)))) {
                    Map<String, Object> altered = new HashMap<>(decrypt);
                    altered.putAll(change);
                    Http.Reply refused = http.post("/v1/keys/" + keyId + "/decrypt", altered);
                    assertThat(refused.status()).as(change.toString()).isEqualTo(422);
                    assertThat(refused.code()).isEqualTo("decryption_failed");
                    assertThat(refused.raw().body()).doesNotContain(b64("attack at dawn"));
                }
            }
        }
    }

    @Test
    void encryptionIsRandomizedAndBoundToTheKey() {
        String keyId = create(Map.of("purpose", "kem", "parameterSet", "nz-128")).get("keyId").asText();
        String other = create(Map.of("purpose", "kem", "parameterSet", "nz-128")).get("keyId").asText();
        byte[] big = new byte[65_536];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        JsonNode first = http.post("/v1/keys/" + keyId + "/encrypt", Map.of("plaintext", b64(big))).json();
        JsonNode second = http.post("/v1/keys/" + keyId + "/encrypt", Map.of("plaintext", b64(big))).json();
        assertThat(first.get("encapsulatedKey")).isNotEqualTo(second.get("encapsulatedKey"));
        assertThat(first.get("ciphertext")).isNotEqualTo(second.get("ciphertext"));
        assertThat(first.get("aead").asText()).isEqualTo("AES-256-GCM"); // the default
        Map<String, Object> decrypt = Map.of("encapsulatedKey", first.get("encapsulatedKey").asText(),
                "ciphertext", first.get("ciphertext").asText());
        assertThat(http.post("/v1/keys/" + keyId + "/decrypt", decrypt).json().get("plaintext").asText())
                .isEqualTo(b64(big));
        Http.Reply wrongKey = http.post("/v1/keys/" + other + "/decrypt", decrypt);
        assertThat(wrongKey.status()).isEqualTo(422);
        assertThat(wrongKey.code()).isEqualTo("decryption_failed");
    }

    @Test
    void signaturesVerifyWithAndWithoutContext() {
        for (String level : List.of("nz-128", "nz-192", "nz-256")) {
            JsonNode key = create(Map.of("purpose", "signature", "parameterSet", level));
            String keyId = key.get("keyId").asText();
            String algorithm = key.get("algorithm").asText();
            for (String context : new String[] {null, b64("invoice-v1")}) {
                Map<String, Object> sign = new HashMap<>(Map.of("message", b64("pay 10 EUR to bob")));
                if (context != null) {
                    sign.put("context", context);
                }
                Http.Reply signed = http.post("/v1/keys/" + keyId + "/signatures", sign);
                assertThat(signed.status()).isEqualTo(200);
                assertThat(signed.json().fieldNames()).toIterable().containsExactlyInAnyOrder("algorithm",
                        "signature");
                assertThat(signed.text("algorithm")).isEqualTo(algorithm);
                Map<String, Object> verify = new HashMap<>(Map.of("algorithm", algorithm, "publicKey",
                        key.get("publicKey").asText(), "message", b64("pay 10 EUR to bob"), "signature",
                        signed.text("signature")));
                if (context != null) {
                    verify.put("context", context);
                }
                assertThat(valid(verify)).isTrue();
                Map<String, Object> otherContext = new HashMap<>(verify);
                otherContext.put("context", b64("invoice-v2"));
                assertThat(valid(otherContext)).isFalse();
                Map<String, Object> otherMessage = new HashMap<>(verify);
                otherMessage.put("message", b64("pay 99 EUR to bob"));
                assertThat(valid(otherMessage)).isFalse();
                Map<String, Object> altered = new HashMap<>(verify);
                altered.put("signature", flip(signed.text("signature"), 40));
                assertThat(valid(altered)).isFalse();
            }
        }
    }

    @Test
    void signingIsHedgedByDefaultAndDeterministicOnRequest() {
        String keyId = create(Map.of("purpose", "signature", "parameterSet", "nz-128")).get("keyId").asText();
        Map<String, Object> hedged = Map.of("message", b64("m"));
        assertThat(http.post("/v1/keys/" + keyId + "/signatures", hedged).text("signature"))
                .isNotEqualTo(http.post("/v1/keys/" + keyId + "/signatures", hedged).text("signature"));
        Map<String, Object> deterministic = Map.of("message", b64("m"), "deterministic", true);
        assertThat(http.post("/v1/keys/" + keyId + "/signatures", deterministic).text("signature"))
                .isEqualTo(http.post("/v1/keys/" + keyId + "/signatures", deterministic).text("signature"));
    }

    @Test
    void newOperationsAreMeasuredByAlgorithm() throws Exception {
        JsonNode key = create(Map.of("purpose", "signature", "parameterSet", "nz-192"));
        String signature = http.post("/v1/keys/" + key.get("keyId").asText() + "/signatures",
                Map.of("message", "bQ")).text("signature");
        valid(Map.of("algorithm", "ML-DSA-65", "publicKey", key.get("publicKey").asText(), "message", "bQ",
                "signature", signature));
        valid(Map.of("algorithm", "ML-DSA-65", "publicKey", key.get("publicKey").asText(), "message", "bg",
                "signature", signature));
        String kemKey = create(Map.of("purpose", "kem", "parameterSet", "nz-256")).get("keyId").asText();
        JsonNode sealed = http.post("/v1/keys/" + kemKey + "/encrypt", Map.of("plaintext", "bQ")).json();
        http.post("/v1/keys/" + kemKey + "/decrypt", Map.of("encapsulatedKey",
                sealed.get("encapsulatedKey").asText(), "ciphertext", sealed.get("ciphertext").asText(), "aad", "eA"));

        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + APP.getAdminPort() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics)
                .containsPattern("nexuszero_crypto_signature_duration_seconds_count\\{[^}]*algorithm=\"ML-DSA-65\""
                        + "[^}]*operation=\"sign\"[^}]*} [1-9]")
                .containsPattern("nexuszero_crypto_signature_verifications_total\\{[^}]*algorithm=\"ML-DSA-65\""
                        + "[^}]*result=\"invalid\"[^}]*} [1-9]")
                .containsPattern("nexuszero_crypto_signature_verifications_total\\{[^}]*algorithm=\"ML-DSA-65\""
                        + "[^}]*result=\"valid\"[^}]*} [1-9]")
                .containsPattern("nexuszero_crypto_encryption_duration_seconds_count\\{[^}]*algorithm=\"ML-KEM-1024\""
                        + "[^}]*operation=\"encrypt\"[^}]*} [1-9]")
                .containsPattern("nexuszero_crypto_decryption_failures_total\\{[^}]*algorithm=\"ML-KEM-1024\"[^}]*} "
                        + "[1-9]")
                .containsPattern("nexuszero_crypto_key_generation_total\\{[^}]*algorithm=\"ML-DSA-65\"[^}]*"
                        + "purpose=\"signature\"[^}]*} [1-9]");
    }

    @Test
    void batchesAnswerItemByItemWhatTheSingleEndpointsAnswer() throws Exception {
        String keyId = create(Map.of("purpose", "kem", "parameterSet", "nz-192")).get("keyId").asText();
        List<Map<String, Object>> plaintexts = List.of(Map.of("plaintext", b64("one")),
                Map.of("plaintext", b64("two"), "aad", b64("hdr"), "aead", "ChaCha20-Poly1305"),
                Map.of("plaintext", ""));
        Http.Reply sealed = http.post("/v1/keys/" + keyId + "/encrypt-batch", Map.of("items", plaintexts));
        assertThat(sealed.status()).as(sealed.raw().body()).isEqualTo(200);
        JsonNode results = sealed.json().get("results");
        assertThat(results).hasSize(3);
        List<Map<String, Object>> openings = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonNode result = results.get(i);
            assertThat(result.fieldNames()).toIterable().containsExactlyInAnyOrder("keyId", "algorithm", "aead",
                    "encapsulatedKey", "ciphertext");
            Map<String, Object> open = new HashMap<>(Map.of("encapsulatedKey", result.get("encapsulatedKey").asText(),
                    "ciphertext", result.get("ciphertext").asText(), "aead", result.get("aead").asText()));
            if (plaintexts.get(i).containsKey("aad")) {
                open.put("aad", plaintexts.get(i).get("aad"));
            }
            // each batch result is an ordinary encryption: the single decrypt opens it
            assertThat(http.post("/v1/keys/" + keyId + "/decrypt", open).text("plaintext"))
                    .isEqualTo(plaintexts.get(i).get("plaintext"));
            openings.add(open);
        }
        Map<String, Object> tampered = new HashMap<>(openings.get(0));
        tampered.put("ciphertext", flip((String) tampered.get("ciphertext"), 1));
        openings.add(1, tampered);
        Http.Reply opened = http.post("/v1/keys/" + keyId + "/decrypt-batch", Map.of("items", openings));
        assertThat(opened.status()).isEqualTo(200);
        JsonNode plain = opened.json().get("results");
        assertThat(plain).hasSize(4);
        assertThat(plain.get(0).get("plaintext").asText()).isEqualTo(b64("one"));
        assertThat(plain.get(1).fieldNames()).toIterable().containsExactly("error");
        assertThat(plain.get(1).get("error").get("code").asText()).isEqualTo("decryption_failed");
        assertThat(plain.get(2).get("plaintext").asText()).isEqualTo(b64("two"));
        assertThat(plain.get(3).get("plaintext").asText()).isEmpty();

        JsonNode signingKey = create(Map.of("purpose", "signature", "parameterSet", "nz-128"));
        List<Map<String, Object>> messages = List.of(Map.of("message", b64("a")),
                Map.of("message", b64("b"), "context", b64("ctx")), Map.of("message", b64("a"), "deterministic", true));
        Http.Reply signed = http.post("/v1/keys/" + signingKey.get("keyId").asText() + "/sign-batch",
                Map.of("items", messages));
        assertThat(signed.status()).as(signed.raw().body()).isEqualTo(200);
        JsonNode signatures = signed.json().get("results");
        assertThat(signatures).hasSize(3);
        List<Map<String, Object>> checks = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            assertThat(signatures.get(i).get("algorithm").asText()).isEqualTo("ML-DSA-44");
            Map<String, Object> check = new HashMap<>(messages.get(i));
            check.remove("deterministic");
            check.put("algorithm", "ML-DSA-44");
            check.put("publicKey", signingKey.get("publicKey").asText());
            check.put("signature", signatures.get(i).get("signature").asText());
            assertThat(valid(check)).isTrue();
            checks.add(check);
        }
        // deterministic items sign like the single endpoint's deterministic signing
        assertThat(signatures.get(2).get("signature").asText()).isEqualTo(http.post("/v1/keys/"
                + signingKey.get("keyId").asText() + "/signatures", messages.get(2)).text("signature"));
        Map<String, Object> wrongContext = new HashMap<>(checks.get(1));
        wrongContext.remove("context");
        checks.add(wrongContext);
        Http.Reply verified = http.post("/v1/signatures/verify-batch", Map.of("items", checks));
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().get("results").findValuesAsText("valid"))
                .containsExactly("true", "true", "true", "false");

        // a batch counts in the per-algorithm metrics once per item
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + APP.getAdminPort() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).containsPattern("nexuszero_crypto_signature_duration_seconds_count\\{[^}]*"
                + "algorithm=\"ML-DSA-44\"[^}]*operation=\"sign\"[^}]*} (?:[4-9]|[1-9][0-9]+)");
    }

    private boolean valid(Map<String, Object> verify) {
        Http.Reply reply = http.post("/v1/signatures/verify", verify);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        return reply.json().get("valid").asBoolean();
    }

    private static String flip(String base64, int index) {
        byte[] bytes = Base64.getUrlDecoder().decode(base64);
        bytes[index] ^= 0x01;
        return b64(bytes);
    }
}
