package io.nexuszero.crypto.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.nexuszero.crypto.CryptoConfiguration;
import io.nexuszero.crypto.support.CryptoTestApp;
import io.nexuszero.common.testing.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keys belong to the token name that created them: another token gets exactly what a missing key gets; an admin
 * token may use any key; rotating a token under the same name keeps its keys.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class KeyOwnershipEndToEndTest {

    static final String TOKENS = "alice=alice-token-0123456789,bob=bob-token-0123456789,ops=ops-token-0123456789";
    static final DropwizardAppExtension<CryptoConfiguration> APP = CryptoTestApp.app(CryptoTestApp.MASTER_SECRET,
            TOKENS, ConfigOverride.config("apiAdmins", "ops"));
    /** A replica where alice's token has been rotated: same name, new token. */
    static final DropwizardAppExtension<CryptoConfiguration> ROTATED = CryptoTestApp.app(CryptoTestApp.MASTER_SECRET,
            "alice=alice-new-token-0123456789,bob=bob-token-0123456789");

    private Http as(String token) {
        return new Http(APP.getLocalPort()).withToken("Bearer " + token);
    }

    private JsonNode create(Http who, String purpose) {
        Http.Reply created = who.post("/v1/keys", Map.of("purpose", purpose, "parameterSet", "nz-128"));
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }

    /** The private operation of each purpose, with a well-formed body. */
    private static Map<String, Object> privateOperation(JsonNode key, Http owner) {
        String keyId = key.get("keyId").asText();
        return switch (key.get("purpose").asText()) {
            case "proof" -> Map.of("path", "/v1/keys/" + keyId + "/proofs", "body", Map.of("context", "Y3R4"));
            case "signature" -> Map.of("path", "/v1/keys/" + keyId + "/signatures", "body", Map.of("message", "bQ"));
            default -> {
                JsonNode sealed = owner.post("/v1/keys/" + keyId + "/encrypt", Map.of("plaintext", "c2VjcmV0"))
                        .json();
                yield Map.of("path", "/v1/keys/" + keyId + "/decrypt", "body", Map.of("encapsulatedKey",
                        sealed.get("encapsulatedKey").asText(), "ciphertext", sealed.get("ciphertext").asText()));
            }
        };
    }

    @Test
    void anotherOwnersKeyIsIndistinguishableFromAMissingOne() {
        Http alice = as("alice-token-0123456789");
        Http bob = as("bob-token-0123456789");
        for (String purpose : List.of("proof", "kem", "signature")) {
            JsonNode key = create(alice, purpose);
            String keyId = key.get("keyId").asText();
            Map<String, Object> operation = privateOperation(key, alice);
            String path = (String) operation.get("path");
            Object body = operation.get("body");
            assertThat(alice.post(path, body).status()).as(purpose).isEqualTo(200);

            // a key id of the same shape that was never issued
            String missingId = keyId.substring(0, keyId.indexOf('.') + 1) + "A".repeat(64);
            Http.Reply missing = bob.post(path.replace(keyId, missingId), body);
            Http.Reply foreign = bob.post(path, body);
            assertThat(foreign.status()).isEqualTo(404).isEqualTo(missing.status());
            assertThat(foreign.code()).isEqualTo("key_not_found").isEqualTo(missing.code());
            assertThat(foreign.json().get("message").asText().replace(keyId, "<id>"))
                    .isEqualTo(missing.json().get("message").asText().replace(missingId, "<id>"));
            assertThat(foreign.raw().headers().map().keySet()).isEqualTo(missing.raw().headers().map().keySet());
            // even a malformed body does not reveal that the key exists
            assertThat(bob.post(path, Map.of()).code()).isEqualTo("key_not_found");
            assertThat(foreign.raw().body()).doesNotContain("alice").doesNotContain("token");

            // public operations stay public for everyone, and an admin may use the key
            Http anonymous = new Http(APP.getLocalPort());
            assertThat(anonymous.get("/v1/keys/" + keyId).json()).isEqualTo(key);
            assertThat(as("ops-token-0123456789").post(path, body).status()).isEqualTo(200);
        }
    }

    @Test
    void publicOperationsNeedNoToken() {
        Http alice = as("alice-token-0123456789");
        Http anonymous = new Http(APP.getLocalPort());
        JsonNode kem = create(alice, "kem");
        assertThat(anonymous.post("/v1/keys/" + kem.get("keyId").asText() + "/encrypt", Map.of("plaintext", "aGk"))
                .status()).isEqualTo(200);
        JsonNode signing = create(alice, "signature");
        String signature = alice.post("/v1/keys/" + signing.get("keyId").asText() + "/signatures",
                Map.of("message", "aGk")).text("signature");
        assertThat(anonymous.post("/v1/signatures/verify", Map.of("algorithm", "ML-DSA-44", "publicKey",
                signing.get("publicKey").asText(), "message", "aGk", "signature", signature)).json()
                .get("valid").asBoolean()).isTrue();
    }

    @Test
    void rotatingATokenUnderTheSameNameKeepsTheKeys() {
        JsonNode key = create(as("alice-token-0123456789"), "signature");
        String path = "/v1/keys/" + key.get("keyId").asText() + "/signatures";
        Http rotated = new Http(ROTATED.getLocalPort());
        assertThat(rotated.withToken("Bearer alice-new-token-0123456789").post(path, Map.of("message", "bQ"))
                .status()).isEqualTo(200);
        assertThat(rotated.withToken("Bearer alice-token-0123456789").post(path, Map.of("message", "bQ"))
                .status()).isEqualTo(401);
        assertThat(rotated.withToken("Bearer bob-token-0123456789").post(path, Map.of("message", "bQ"))
                .code()).isEqualTo("key_not_found");
    }
}
