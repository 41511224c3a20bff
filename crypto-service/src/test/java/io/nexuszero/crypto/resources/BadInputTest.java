package io.nexuszero.crypto.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.nexuszero.crypto.CryptoConfiguration;
import io.nexuszero.crypto.support.CryptoTestApp;
import io.nexuszero.common.testing.Http;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every documented bad input: the exact status and error code, never a 500. */
@ExtendWith(DropwizardExtensionsSupport.class)
class BadInputTest {

    static final DropwizardAppExtension<CryptoConfiguration> APP = CryptoTestApp.app(CryptoTestApp.MASTER_SECRET, "");

    static Http http;
    static String keyId;
    static String kemKeyId;
    static String signKeyId;
    static JsonNode sealed;
    static JsonNode signKey;
    static JsonNode keyProof;
    static JsonNode openingProof;
    static JsonNode relationProof;
    static JsonNode rangeProof;

    static final Map<String, Object> NZ128_NUMBERS = Map.of("ringDegree", 256, "modulus", 268435313, "rankK", 6,
            "rankL", 6, "secretDistribution", "cbd", "eta", 2, "challengeWeight", 23, "gamma", 131072);

    @BeforeAll
    static void fixtures() {
        http = new Http(APP.getLocalPort());
        keyId = http.post("/v1/keys", Map.of("parameterSet", "nz-128")).json().get("keyId").asText();
        kemKeyId = http.post("/v1/keys", Map.of("purpose", "kem", "parameterSet", "nz-128")).json().get("keyId")
                .asText();
        signKey = http.post("/v1/keys", Map.of("purpose", "signature", "parameterSet", "nz-128")).json();
        signKeyId = signKey.get("keyId").asText();
        sealed = http.post("/v1/keys/" + kemKeyId + "/encrypt", Map.of("plaintext", "aGVsbG8")).json();
        keyProof = http.post("/v1/keys/" + keyId + "/proofs", Map.of()).json();
        openingProof = http.post("/v1/proofs", Map.of("type", "commitment-opening", "parameterSet", "nz-128",
                "witness", Map.of("values", List.of(1, 2)))).json();
        relationProof = http.post("/v1/proofs", Map.of("type", "linear-relation", "parameterSet", "nz-128",
                "witness", Map.of("values", List.of(3, 4)), "relation",
                Map.of("coefficients", List.of(1, 1), "constant", 7))).json();
        rangeProof = http.post("/v1/proofs", Map.of("type", "range", "parameterSet", "nz-128",
                "witness", Map.of("values", List.of(5)), "bounds", Map.of("min", 0, "max", 10))).json();
    }

    private static void expect(Http.Reply reply, int status, String code) {
        String body = reply.raw().body();
        String shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
        assertThat(reply.status()).as(reply.raw().request().uri() + " -> " + shown).isEqualTo(status);
        assertThat(reply.code()).as(shown).isEqualTo(code);
        assertThat(reply.json().get("message").asText()).isNotBlank();
        assertThat(body).doesNotContain(CryptoTestApp.MASTER_SECRET);
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private static String bytes(int length) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[length]);
    }

    private static ObjectNode modified(JsonNode proof, String field, String value) {
        ObjectNode copy = proof.deepCopy();
        copy.put(field, value);
        return copy;
    }

    @Test
    void keys() {
        expect(http.post("/v1/keys", Map.of("parameterSet", "nz-512")), 400, "unknown_parameter_set");
        expect(http.post("/v1/keys", Map.of()), 400, "missing_field");
        expect(http.post("/v1/keys", ""), 400, "missing_body");
        expect(http.post("/v1/keys", Map.of("parameterSet", 128)), 400, "unknown_parameter_set");
        expect(http.post("/v1/keys", Map.of("parameterSet", List.of("nz-128"))), 400, "invalid_type");
        expect(http.post("/v1/keys", "{\"parameterSet\":"), 400, "malformed_json");
        expect(http.get("/v1/keys/not-a-key"), 400, "malformed_key_id");
        expect(http.get("/v1/keys/nz-128." + "A".repeat(43)), 400, "malformed_key_id"); // the old, shorter ids
        expect(http.get("/v1/keys/nz-128." + "A".repeat(63) + "="), 400, "malformed_key_id");
        expect(http.get("/v1/keys/nz-128." + "A".repeat(64)), 404, "key_not_found"); // well-formed, not issued
        expect(http.get("/v1/keys/ml-kem-512." + "A".repeat(63) + "E"), 404, "key_not_found"); // not issued here
        expect(http.get("/v1/keys/nz-999" + keyId.substring(6)), 404, "key_not_found");
        expect(http.get("/v1/keys/ml-kem-768" + kemKeyId.substring("ml-kem-512".length())), 404, "key_not_found");
        expect(http.post("/v1/keys", Map.of("purpose", "encryption", "parameterSet", "nz-128")), 400,
                "unknown_purpose");
        expect(http.post("/v1/keys", Map.of("purpose", "kem")), 400, "missing_field");
        expect(http.post("/v1/keys", Map.of("purpose", "kem", "parameterSet", "nz-100")), 400,
                "unknown_parameter_set");
        expect(http.post("/v1/keys", Map.of("algorithm", "ML-KEM-384")), 400, "unknown_algorithm");
        expect(http.post("/v1/keys", Map.of("algorithm", "ml-kem-768")), 400, "unknown_algorithm");
        expect(http.post("/v1/keys", Map.of("purpose", "signature", "algorithm", "ML-KEM-768")), 400,
                "conflicting_fields");
        expect(http.post("/v1/keys", Map.of("parameterSet", "nz-256", "algorithm", "ML-DSA-44")), 400,
                "conflicting_fields");
        expect(http.post("/v1/keys", Map.of("purpose", 1, "parameterSet", "nz-128")), 400, "unknown_purpose");
        expect(http.post("/v1/keys", Map.of("purpose", List.of("kem"), "parameterSet", "nz-128")), 400,
                "invalid_type");
        char middle = keyId.charAt(keyId.length() - 10);
        String forged = keyId.substring(0, keyId.length() - 10) + (middle == 'x' ? 'y' : 'x') + keyId.substring(
                keyId.length() - 9);
        expect(http.get("/v1/keys/" + forged), 404, "key_not_found");
        expect(http.post("/v1/keys/bad/proofs", Map.of()), 400, "malformed_key_id");
        expect(http.post("/v1/keys/" + keyId + "/proofs", Map.of("context", bytes(1025))), 400, "context_too_large");
        expect(http.post("/v1/keys/" + keyId + "/proofs", Map.of("context", "not base64!")), 400, "invalid_base64");
    }

    @Test
    void encryption() {
        String encrypt = "/v1/keys/" + kemKeyId + "/encrypt";
        String decrypt = "/v1/keys/" + kemKeyId + "/decrypt";
        expect(http.post(encrypt, Map.of("plaintext", bytes(65_537))), 400, "plaintext_too_long");
        assertThat(http.post(encrypt, Map.of("plaintext", bytes(65_536))).status()).isEqualTo(200);
        expect(http.post(encrypt, Map.of()), 400, "missing_field");
        expect(http.post(encrypt, ""), 400, "missing_body");
        expect(http.post(encrypt, Map.of("plaintext", "a+b/")), 400, "invalid_base64");
        expect(http.post(encrypt, Map.of("plaintext", "aGk", "aad", "*")), 400, "invalid_base64");
        expect(http.post(encrypt, Map.of("plaintext", "aGk", "aad", bytes(65_537))), 400, "aad_too_large");
        expect(http.post(encrypt, Map.of("plaintext", "aGk", "info", bytes(1025))), 400, "info_too_large");
        expect(http.post(encrypt, Map.of("plaintext", "aGk", "aead", "AES-128-GCM")), 400, "unknown_aead");
        expect(http.post(encrypt, Map.of("plaintext", "aGk", "aead", "aes-256-gcm")), 400, "unknown_aead");
        expect(http.post(encrypt, Map.of("plaintext", "aGk", "key", "x")), 400, "unknown_field");
        expect(http.post("/v1/keys/" + keyId + "/encrypt", Map.of("plaintext", "aGk")), 400, "wrong_key_purpose");
        expect(http.post("/v1/keys/" + signKeyId + "/encrypt", Map.of("plaintext", "aGk")), 400,
                "wrong_key_purpose");

        String enc = sealed.get("encapsulatedKey").asText();
        String ciphertext = sealed.get("ciphertext").asText();
        expect(http.post(decrypt, Map.of("ciphertext", ciphertext)), 400, "missing_field");
        expect(http.post(decrypt, Map.of("encapsulatedKey", enc)), 400, "missing_field");
        expect(http.post(decrypt, Map.of("encapsulatedKey", bytes(767), "ciphertext", ciphertext)), 400,
                "invalid_encapsulated_key");
        expect(http.post(decrypt, Map.of("encapsulatedKey", enc + "AAAA", "ciphertext", ciphertext)), 400,
                "invalid_encapsulated_key");
        expect(http.post(decrypt, Map.of("encapsulatedKey", enc, "ciphertext", bytes(15))), 400,
                "invalid_ciphertext");
        expect(http.post(decrypt, Map.of("encapsulatedKey", enc, "ciphertext", bytes(65_553))), 400,
                "invalid_ciphertext");
        expect(http.post(decrypt, Map.of("encapsulatedKey", enc, "ciphertext", "%%%")), 400, "invalid_base64");
        expect(http.post(decrypt, Map.of("encapsulatedKey", enc, "ciphertext", ciphertext, "aead", "RC4")), 400,
                "unknown_aead");
        // well-formed but wrong: 422, never a 5xx
        expect(http.post(decrypt, Map.of("encapsulatedKey", bytes(768), "ciphertext", ciphertext)), 422,
                "decryption_failed");
        expect(http.post(decrypt, Map.of("encapsulatedKey", enc, "ciphertext", ciphertext, "aad", "eA")), 422,
                "decryption_failed");
        expect(http.post(decrypt, Map.of("encapsulatedKey", enc, "ciphertext", ciphertext, "aead",
                "ChaCha20-Poly1305")), 422, "decryption_failed");
        expect(http.post("/v1/keys/" + signKeyId + "/decrypt", Map.of("encapsulatedKey", enc, "ciphertext",
                ciphertext)), 400, "wrong_key_purpose");
    }

    @Test
    void signatures() {
        String sign = "/v1/keys/" + signKeyId + "/signatures";
        expect(http.post(sign, Map.of()), 400, "missing_field");
        expect(http.post(sign, ""), 400, "missing_body");
        expect(http.post(sign, Map.of("message", "!")), 400, "invalid_base64");
        expect(http.post(sign, Map.of("message", bytes(65_537))), 400, "message_too_large");
        expect(http.post(sign, Map.of("message", "aGk", "context", bytes(256))), 400, "context_too_large");
        assertThat(http.post(sign, Map.of("message", "aGk", "context", bytes(255))).status()).isEqualTo(200);
        expect(http.post(sign, Map.of("message", "aGk", "deterministic", "yes")), 400, "invalid_type");
        expect(http.post(sign, Map.of("message", "aGk", "hedged", true)), 400, "unknown_field");
        expect(http.post("/v1/keys/" + kemKeyId + "/signatures", Map.of("message", "aGk")), 400,
                "wrong_key_purpose");
        expect(http.post("/v1/keys/" + keyId + "/signatures", Map.of("message", "aGk")), 400, "wrong_key_purpose");
        expect(http.post("/v1/keys/" + signKeyId + "/proofs", Map.of()), 400, "wrong_key_purpose");
        expect(http.post("/v1/keys/" + kemKeyId + "/proofs", Map.of()), 400, "wrong_key_purpose");

        String signature = http.post(sign, Map.of("message", "aGk")).json().get("signature").asText();
        Map<String, Object> verify = Map.of("algorithm", "ML-DSA-44", "publicKey", signKey.get("publicKey").asText(),
                "message", "aGk", "signature", signature);
        String path = "/v1/signatures/verify";
        expect(http.post(path, with(verify, "algorithm", "ML-DSA-48")), 400, "unknown_algorithm");
        expect(http.post(path, with(verify, "algorithm", "ML-KEM-512")), 400, "unknown_algorithm");
        expect(http.post(path, with(verify, "algorithm", null)), 400, "missing_field");
        expect(http.post(path, with(verify, "publicKey", null)), 400, "missing_field");
        expect(http.post(path, with(verify, "publicKey", bytes(1311))), 400, "invalid_public_key");
        expect(http.post(path, with(verify, "algorithm", "ML-DSA-65")), 400, "invalid_public_key");
        expect(http.post(path, with(verify, "message", null)), 400, "missing_field");
        expect(http.post(path, with(verify, "signature", null)), 400, "missing_field");
        expect(http.post(path, with(verify, "signature", "+")), 400, "invalid_base64");
        expect(http.post(path, with(verify, "context", bytes(256))), 400, "context_too_large");
        expect(http.post(path, with(verify, "message", bytes(65_537))), 400, "message_too_large");
        expect(http.post(path, ""), 400, "missing_body");
        // a wrong signature is an answer, not an error: truncated, extended, zero, another message
        for (String wrong : List.of(signature.substring(0, 100), signature + "AAAA", bytes(2420), "")) {
            Http.Reply reply = http.post(path, with(verify, "signature", wrong));
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("valid").asBoolean()).isFalse();
        }
        assertThat(http.post(path, with(verify, "message", "aGV5")).json().get("valid").asBoolean()).isFalse();
        assertThat(http.post(path, with(verify, "publicKey", bytes(1312))).json().get("valid").asBoolean())
                .isFalse();
        assertThat(http.post(path, verify).json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void postQuantumBatches() {
        String enc = sealed.get("encapsulatedKey").asText();
        String ciphertext = sealed.get("ciphertext").asText();
        Map<String, Object> decryptItem = Map.of("encapsulatedKey", enc, "ciphertext", ciphertext);
        String signature = http.post("/v1/keys/" + signKeyId + "/signatures", Map.of("message", "aGk")).json()
                .get("signature").asText();
        Map<String, Object> verifyItem = Map.of("algorithm", "ML-DSA-44", "publicKey",
                signKey.get("publicKey").asText(), "message", "aGk", "signature", signature);
        Map<String, Map<String, Object>> batches = Map.of(
                "/v1/keys/" + kemKeyId + "/encrypt-batch", Map.of("plaintext", "aGk"),
                "/v1/keys/" + kemKeyId + "/decrypt-batch", decryptItem,
                "/v1/keys/" + signKeyId + "/sign-batch", Map.of("message", "aGk"),
                "/v1/signatures/verify-batch", verifyItem);
        for (var batch : batches.entrySet()) {
            String path = batch.getKey();
            expect(http.post(path, Map.of("items", Collections.nCopies(257, Map.of()))), 400, "batch_too_large");
            expect(http.post(path, Map.of("items", List.of())), 400, "invalid_value");
            expect(http.post(path, Map.of()), 400, "missing_field");
            expect(http.post(path, ""), 400, "missing_body");
            expect(http.post(path, Map.of("items", "x")), 400, "invalid_type");
            List<Object> withNull = new ArrayList<>(List.of(batch.getValue()));
            withNull.add(null);
            Http.Reply nullItem = http.post(path, Map.of("items", withNull));
            expect(nullItem, 400, "missing_field");
            assertThat(nullItem.json().get("message").asText()).contains("items[1]");
            // one malformed item refuses the whole batch, naming the item and field
            Http.Reply bad = http.post(path, Map.of("items", List.of(batch.getValue(),
                    with(batch.getValue(), batch.getValue().containsKey("plaintext") ? "plaintext" : "message", "!"))));
            if (!path.contains("decrypt")) {
                expect(bad, 400, "invalid_base64");
                assertThat(bad.json().get("message").asText()).contains("items[1].");
            }
            // 256 items fit the 1 MiB body limit except for ML-DSA-44 verifications (about 5 KB each in JSON)
            boolean bulky = path.startsWith("/v1/signatures");
            Http.Reply full = http.post(path, Map.of("items", Collections.nCopies(bulky ? 200 : 256,
                    batch.getValue())));
            assertThat(full.status()).as(path).isEqualTo(200);
            assertThat(full.json().get("results")).hasSize(bulky ? 200 : 256);
            if (bulky) {
                expect(http.post(path, Map.of("items", Collections.nCopies(256, batch.getValue()))), 413,
                        "payload_too_large");
            }
        }
        // the single endpoints' item checks, named by position
        Http.Reply tooLong = http.post("/v1/keys/" + kemKeyId + "/encrypt-batch", Map.of("items",
                List.of(Map.of("plaintext", "aGk"), Map.of("plaintext", bytes(65_537)))));
        expect(tooLong, 400, "plaintext_too_long");
        assertThat(tooLong.json().get("message").asText()).contains("items[1].plaintext");
        Http.Reply shortEnc = http.post("/v1/keys/" + kemKeyId + "/decrypt-batch", Map.of("items",
                List.of(decryptItem, with(decryptItem, "encapsulatedKey", bytes(767)))));
        expect(shortEnc, 400, "invalid_encapsulated_key");
        assertThat(shortEnc.json().get("message").asText()).contains("items[1].encapsulatedKey");
        expect(http.post("/v1/signatures/verify-batch", Map.of("items", List.of(verifyItem,
                with(verifyItem, "publicKey", bytes(1311))))), 400, "invalid_public_key");
        expect(http.post("/v1/keys/" + signKeyId + "/sign-batch", Map.of("items", List.of(Map.of("message", "aGk",
                "context", bytes(256))))), 400, "context_too_large");
        // purposes as for the single endpoints
        expect(http.post("/v1/keys/" + signKeyId + "/encrypt-batch", Map.of("items", List.of(Map.of("plaintext",
                "aGk")))), 400, "wrong_key_purpose");
        expect(http.post("/v1/keys/" + kemKeyId + "/sign-batch", Map.of("items", List.of(Map.of("message",
                "aGk")))), 400, "wrong_key_purpose");
        expect(http.post("/v1/keys/" + keyId + "/decrypt-batch", Map.of("items", List.of(decryptItem))), 400,
                "wrong_key_purpose");
    }

    @Test
    void proving() {
        Map<String, Object> base = Map.of("type", "commitment-opening", "parameterSet", "nz-128",
                "witness", Map.of("values", List.of(1, 2, 3)));
        expect(http.post("/v1/proofs", with(base, "type", "zk-snark")), 400, "unknown_proof_type");
        expect(http.post("/v1/proofs", with(base, "type", "lwe-secret")), 400, "unsupported_proof_type");
        expect(http.post("/v1/proofs", with(base, "parameterSet", "nz-100")), 400, "unknown_parameter_set");
        expect(http.post("/v1/proofs", with(base, "context", "***")), 400, "invalid_base64");
        expect(http.post("/v1/proofs", with(base, "context", bytes(1025))), 400, "context_too_large");
        expect(http.post("/v1/proofs", with(base, "witness", Map.of("values", Collections.nCopies(4097, 1)))), 400,
                "witness_too_long");
        expect(http.post("/v1/proofs", with(base, "witness", Map.of("values", List.of()))), 400, "invalid_witness");
        expect(http.post("/v1/proofs", with(base, "witness", Map.of())), 400, "missing_field");
        expect(http.post("/v1/proofs", with(base, "witness", Map.of("values", List.of(268435313)))), 400,
                "invalid_witness");
        expect(http.post("/v1/proofs", with(base, "witness", Map.of("values", List.of(1.5)))), 400, "invalid_type");
        expect(http.post("/v1/proofs", with(base, "witness", Map.of("values", List.of("one")))), 400,
                "invalid_type");
        expect(http.post("/v1/proofs", with(base, "relation", Map.of("coefficients", List.of(1), "constant", 1))),
                400, "invalid_relation");
        expect(http.post("/v1/proofs", with(base, "extra", 1)), 400, "unknown_field");

        Map<String, Object> relation = Map.of("type", "linear-relation", "parameterSet", "nz-128",
                "witness", Map.of("values", List.of(1, 2)),
                "relation", Map.of("coefficients", List.of(1, 1), "constant", 3));
        assertThat(http.post("/v1/proofs", relation).status()).isEqualTo(200);
        expect(http.post("/v1/proofs", with(relation, "relation", Map.of("coefficients", List.of(1), "constant", 3))),
                400, "invalid_relation");
        expect(http.post("/v1/proofs", with(relation, "relation", null)), 400, "missing_field");
        expect(http.post("/v1/proofs", with(relation, "witness", Map.of("values", Collections.nCopies(4097, 0)))),
                400, "witness_too_long");
    }

    /** Bad range requests: each names the field (bounds[1].max, witness.values[0]) and never a witness value. */
    @Test
    void proveRange() {
        Map<String, Object> base = Map.of("type", "range", "parameterSet", "nz-128",
                "witness", Map.of("values", List.of(5)), "bounds", Map.of("min", 0, "max", 10));
        String twoTo127 = "170141183460469231731687303715884105728";
        String u64Max = "18446744073709551615";
        expect(http.post("/v1/proofs", with(base, "bounds", null)), 400, "missing_field");
        expectNaming(http.post("/v1/proofs", with(base, "bounds", Map.of("min", 0))), 400, "missing_field",
                "bounds.max");
        expectNaming(http.post("/v1/proofs", with(base, "bounds", Map.of("min", 11, "max", 10))), 400,
                "invalid_bounds", "bounds.max");
        expectNaming(http.post("/v1/proofs", with(base, "bounds", Map.of("min", -1, "max", u64Max))), 400,
                "invalid_bounds", "bounds.max"); // 2^64 wide: one too many
        assertThat(http.post("/v1/proofs", with(base, "bounds", Map.of("min", 0, "max", u64Max))).status())
                .isEqualTo(200);
        expectNaming(http.post("/v1/proofs", with(base, "bounds", Map.of("min", twoTo127, "max", twoTo127))), 400,
                "invalid_bounds", "bounds.min");
        expectNaming(http.post("/v1/proofs", with(base, "bounds", Map.of("min", "-" + twoTo127, "max", 0))), 400,
                "invalid_bounds", "bounds.min");
        for (Object notAnInteger : List.of("1.5", 1.5, "+1", "", " 1", "1e3", "0x10", "1".repeat(41), true)) {
            expectNaming(http.post("/v1/proofs", with(base, "bounds", Map.of("min", notAnInteger, "max", 10))),
                    400, notAnInteger instanceof Boolean ? "invalid_type" : "invalid_bounds", "bounds.min");
        }
        expectNaming(http.post("/v1/proofs", with(base, "bounds", List.of(Map.of("min", 0, "max", 10),
                Map.of("min", 0, "max", 10)))), 400, "invalid_bounds", "bounds");
        expect(http.post("/v1/proofs", with(base, "bounds", List.of())), 400, "invalid_bounds");
        Map<String, Object> two = with(base, "witness", Map.of("values", List.of(1, 2)));
        expectNaming(http.post("/v1/proofs", with(two, "bounds", List.of(Map.of("min", 0, "max", 10),
                Map.of("min", 5, "max", 1)))), 400, "invalid_bounds", "bounds[1].max");
        expectNaming(http.post("/v1/proofs", with(two, "bounds", java.util.Arrays.asList(null,
                Map.of("min", 5, "max", 9)))), 400, "missing_field", "bounds[0]");
        expect(http.post("/v1/proofs", with(base, "bounds", "0..10")), 400, "invalid_type");
        expect(http.post("/v1/proofs", with(base, "bounds", Map.of("min", 0, "max", 10, "step", 1))), 400,
                "unknown_field");
        expect(http.post("/v1/proofs", with(base, "relation", Map.of("coefficients", List.of(1), "constant", 5))),
                400, "invalid_relation");
        expectNaming(http.post("/v1/proofs", Map.of("type", "commitment-opening", "parameterSet", "nz-128",
                "witness", Map.of("values", List.of(5)), "bounds", Map.of("min", 0, "max", 10))), 400,
                "invalid_bounds", "bounds");

        // values: integers as JSON integers or strict decimal strings; the error names the position only
        for (Object notAnInteger : List.of("+987654", "987654.5", 987654.5, "", " 987654", "987654e3", "0x987654",
                "9".repeat(41))) {
            Http.Reply reply = http.post("/v1/proofs", with(base, "witness", Map.of("values", List.of(notAnInteger))));
            expectNaming(reply, 400, "invalid_witness", "witness.values[0]");
            assertThat(reply.raw().body()).doesNotContain("987654").doesNotContain("999999");
        }
        expect(http.post("/v1/proofs", with(base, "witness", Map.of("values", java.util.Arrays.asList(1, null)))),
                400, "invalid_witness");
        expect(http.post("/v1/proofs", with(base, "witness", Map.of("values", List.of(true)))), 400,
                "invalid_type");
        expect(http.post("/v1/proofs", with(base, "witness", Map.of("values", List.of()))), 400, "invalid_witness");
        expect(http.post("/v1/proofs", with(base, "witness", Map.of())), 400, "missing_field");
        int limit = io.nexuszero.crypto.engine.proof.RangeProof.maxValues(
                io.nexuszero.crypto.engine.proof.ProofParameters.of(io.nexuszero.crypto.engine.params.Presets.NZ_128));
        expectNaming(http.post("/v1/proofs", with(base, "witness", Map.of("values", Collections.nCopies(limit + 1,
                5)))), 400, "witness_too_long", "at most " + limit + " values");
    }

    /** The other types read their values as before range proofs took strings: leniently, |v| < q. */
    @Test
    void otherTypesReadTheirValuesAsBefore() {
        Map<String, Object> base = Map.of("type", "commitment-opening", "parameterSet", "nz-128");
        assertThat(http.post("/v1/proofs", with(base, "witness", Map.of("values", List.of("5", " 6", "+7", -8))))
                .status()).isEqualTo(200);
        expect(http.post("/v1/proofs", with(base, "witness", Map.of("values", List.of("")))), 400,
                "invalid_witness");
        expect(http.post("/v1/proofs", with(base, "witness", Map.of("values", List.of("1e3")))), 400,
                "invalid_type");
        expect(http.post("/v1/proofs", with(base, "witness", Map.of("values", List.of(
                new java.math.BigInteger("18446744073709551616"))))), 400, "invalid_witness");
        expect(http.post("/v1/proofs", with(base, "witness", Map.of("values", List.of("268435313")))), 400,
                "invalid_witness");
    }

    @Test
    void verifyingRange() {
        ObjectNode noBounds = rangeProof.deepCopy();
        ((ObjectNode) noBounds.get("statement")).remove("bounds");
        expectNaming(http.post("/v1/proofs/verify", noBounds), 400, "missing_field", "statement.bounds");
        ObjectNode badBounds = rangeProof.deepCopy();
        ((ObjectNode) badBounds.get("statement")).set("bounds", Http.JSON.valueToTree(Map.of("min", 10, "max", 0)));
        expectNaming(http.post("/v1/proofs/verify", badBounds), 400, "invalid_bounds", "statement.bounds.max");
        expectNaming(http.post("/v1/proofs/verify-batch", Map.of("items", List.of(rangeProof, badBounds))), 400,
                "invalid_bounds", "items[1].statement.bounds.max");
        ObjectNode withRelation = rangeProof.deepCopy();
        ((ObjectNode) withRelation.get("statement")).set("relation", Http.JSON.valueToTree(
                Map.of("coefficients", List.of(1), "constant", 5)));
        expect(http.post("/v1/proofs/verify", withRelation), 400, "invalid_relation");
        ObjectNode openingWithBounds = openingProof.deepCopy();
        ((ObjectNode) openingWithBounds.get("statement")).set("bounds", Http.JSON.valueToTree(
                Map.of("min", 0, "max", 10)));
        expectNaming(http.post("/v1/proofs/verify", openingWithBounds), 400, "invalid_bounds", "statement.bounds");
        String proof = rangeProof.get("proof").asText();
        expect(http.post("/v1/proofs/verify", modified(rangeProof, "proof", proof.substring(0, proof.length() - 8))),
                400, "invalid_proof_length");
        assertThat(http.post("/v1/proofs/verify", rangeProof).json().get("valid").asBoolean()).isTrue();
    }

    private static void expectNaming(Http.Reply reply, int status, String code, String field) {
        expect(reply, status, code);
        assertThat(reply.json().get("message").asText()).as(reply.raw().body()).contains(field);
    }

    @Test
    void verifying() {
        expect(http.post("/v1/proofs/verify", modified(keyProof, "type", "zk-snark")), 400, "unknown_proof_type");
        expect(http.post("/v1/proofs/verify", modified(keyProof, "parameterSet", "nz-1")), 400,
                "unknown_parameter_set");
        expect(http.post("/v1/proofs/verify", modified(keyProof, "proof", "!!!")), 400, "invalid_base64");
        String proof = keyProof.get("proof").asText();
        expect(http.post("/v1/proofs/verify", modified(keyProof, "proof", proof.substring(0, proof.length() - 4))),
                400, "invalid_proof_length");
        expect(http.post("/v1/proofs/verify", modified(keyProof, "proof", proof + "AAAA")), 400,
                "invalid_proof_length");
        expect(http.post("/v1/proofs/verify", modified(keyProof, "context", bytes(1025))), 400, "context_too_large");
        ObjectNode noStatement = keyProof.deepCopy();
        noStatement.remove("statement");
        expect(http.post("/v1/proofs/verify", noStatement), 400, "missing_field");
        ObjectNode shortKey = keyProof.deepCopy();
        ((ObjectNode) shortKey.get("statement")).put("publicKey", bytes(100));
        expect(http.post("/v1/proofs/verify", shortKey), 400, "invalid_public_key");
        ObjectNode wrongType = keyProof.deepCopy();
        wrongType.set("proof", Http.JSON.createObjectNode());
        expect(http.post("/v1/proofs/verify", wrongType), 400, "invalid_type");

        String opening = openingProof.get("proof").asText();
        expect(http.post("/v1/proofs/verify", modified(openingProof, "proof", opening.substring(8))), 400,
                "invalid_proof_length");
        ObjectNode noRelation = relationProof.deepCopy();
        ((ObjectNode) noRelation.get("statement")).remove("relation");
        expect(http.post("/v1/proofs/verify", noRelation), 400, "missing_field");
    }

    @Test
    void verifyingAnInvalidProofIsNotAnError() {
        // right length, wrong content: a proof for another proof type, and a proof for another context
        ObjectNode otherType = keyProof.deepCopy();
        otherType.put("type", "commitment-opening");
        otherType.set("statement", openingProof.get("statement"));
        Http.Reply reply = http.post("/v1/proofs/verify", modified(openingProof, "context", "b3RoZXI"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("valid").asBoolean()).isFalse();
        assertThat(reply.json().get("reason").asText()).isEqualTo("challenge_mismatch");
    }

    @Test
    void batches() {
        // the count is checked before the items, so small (malformed) items suffice to test the cap
        expect(http.post("/v1/proofs/verify-batch", Map.of("items", Collections.nCopies(257,
                Map.of("type", "lwe-secret")))), 400, "batch_too_large");
        expect(http.post("/v1/proofs/verify-batch", Map.of("items", List.of())), 400, "invalid_value");
        expect(http.post("/v1/proofs/verify-batch", Map.of()), 400, "missing_field");
        List<Object> items = new ArrayList<>(List.of(keyProof, keyProof));
        items.add(modified(keyProof, "proof", "@@"));
        Http.Reply reply = http.post("/v1/proofs/verify-batch", Map.of("items", items));
        expect(reply, 400, "invalid_base64");
        assertThat(reply.json().get("message").asText()).contains("items[2].proof");
        // 256 nz-128 key proofs (~18 KB each as JSON) exceed the default 1 MiB body limit; 50 fit
        Http.Reply full = http.post("/v1/proofs/verify-batch", Map.of("items", Collections.nCopies(50, keyProof)));
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.json().get("results")).hasSize(50);
    }

    @Test
    void benchmarks() {
        Map<String, Object> base = Map.of("parameterSet", "nz-128", "operation", "prove", "proofType", "lwe-secret",
                "iterations", 1);
        expect(http.post("/v1/benchmarks", with(base, "iterations", 2001)), 400, "iterations_out_of_range");
        expect(http.post("/v1/benchmarks", with(base, "iterations", 0)), 400, "iterations_out_of_range");
        expect(http.post("/v1/benchmarks", with(base, "operation", "sign")), 400, "unknown_operation");
        expect(http.post("/v1/benchmarks", with(base, "proofType", null)), 400, "missing_field");
        expect(http.post("/v1/benchmarks", with(base, "proofType", "snark")), 400, "unknown_proof_type");
        expect(http.post("/v1/benchmarks", with(base, "parameterSet", "nz-64")), 400, "unknown_parameter_set");
        expect(http.post("/v1/benchmarks", with(base, "parameters", NZ128_NUMBERS)), 400, "conflicting_fields");
        expect(http.post("/v1/benchmarks", with(base, "parameterSet", null)), 400, "missing_field");
        expect(http.post("/v1/benchmarks", with(with(base, "proofType", "commitment-opening"), "witnessLength",
                4097)), 400, "witness_too_long");
        expect(http.post("/v1/benchmarks", with(base, "witnessLength", 0)), 400, "invalid_value");
        expect(http.post("/v1/benchmarks", with(base, "iterations", "many")), 400, "invalid_type");

        Map<String, Object> custom = with(base, "parameterSet", null);
        custom.remove("parameterSet");
        // q not prime; q splitting X^n + 1 completely (challenge differences not invertible)
        expect(http.post("/v1/benchmarks", with(custom, "parameters", with(NZ128_NUMBERS, "modulus", 268435315))),
                422, "invalid_parameters");
        expect(http.post("/v1/benchmarks", with(custom, "parameters", with(NZ128_NUMBERS, "modulus", 8380417))),
                422, "invalid_parameters");
        expect(http.post("/v1/benchmarks", with(custom, "parameters", with(NZ128_NUMBERS, "ringDegree", 300))),
                422, "invalid_parameters");
        expect(http.post("/v1/benchmarks", with(custom, "parameters", with(NZ128_NUMBERS, "gamma", 10))),
                422, "invalid_parameters");
        Map<String, Object> tooWeak = with(with(NZ128_NUMBERS, "rankK", 1), "rankL", 1);
        Http.Reply weak = http.post("/v1/benchmarks", with(custom, "parameters", tooWeak));
        expect(weak, 422, "invalid_parameters");
        assertThat(weak.json().get("message").asText()).contains("security:").contains("below the 80-bit floor");
        Map<String, Object> incomplete = new HashMap<>(NZ128_NUMBERS);
        incomplete.remove("eta");
        Http.Reply missing = http.post("/v1/benchmarks", with(custom, "parameters", incomplete));
        expect(missing, 422, "invalid_parameters");
        assertThat(missing.json().get("message").asText()).contains("eta");
    }

    @Test
    void sizeLimitsHoldForHugeBodies() {
        List<Integer> values = IntStream.range(0, 300_000).boxed().toList();
        expect(http.post("/v1/proofs", Map.of("type", "commitment-opening", "parameterSet", "nz-128",
                "witness", Map.of("values", values))), 413, "payload_too_large");
    }
}
