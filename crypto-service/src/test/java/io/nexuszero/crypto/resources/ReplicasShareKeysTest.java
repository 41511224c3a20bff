package io.nexuszero.crypto.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.nexuszero.crypto.CryptoConfiguration;
import io.nexuszero.crypto.support.CryptoTestApp;
import io.nexuszero.common.testing.Http;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Keys are derived, not stored: replicas sharing a master secret serve each other's keys; others do not know them. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ReplicasShareKeysTest {

    static final DropwizardAppExtension<CryptoConfiguration> REPLICA_A =
            CryptoTestApp.app(CryptoTestApp.MASTER_SECRET, "");
    static final DropwizardAppExtension<CryptoConfiguration> REPLICA_B =
            CryptoTestApp.app(CryptoTestApp.MASTER_SECRET, "");
    static final DropwizardAppExtension<CryptoConfiguration> STRANGER = CryptoTestApp.app(
            Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[48]), "");

    @Test
    void eachReplicaProvesAndVerifiesForTheOthersKeys() {
        Http a = new Http(REPLICA_A.getLocalPort());
        Http b = new Http(REPLICA_B.getLocalPort());
        for (Http[] pair : new Http[][] {{a, b}, {b, a}}) {
            Http creator = pair[0];
            Http other = pair[1];
            JsonNode key = creator.post("/v1/keys", Map.of("parameterSet", "nz-128")).json();
            String keyId = key.get("keyId").asText();
            assertThat(other.get("/v1/keys/" + keyId).json()).isEqualTo(key);

            JsonNode proof = other.post("/v1/keys/" + keyId + "/proofs", Map.of("context", "b3RoZXI")).json();
            assertThat(proof.get("statement").get("publicKey").asText()).isEqualTo(key.get("publicKey").asText());
            assertThat(creator.post("/v1/proofs/verify", proof).json().get("valid").asBoolean()).isTrue();

            String kemKey = creator.post("/v1/keys", Map.of("purpose", "kem", "parameterSet", "nz-192")).json()
                    .get("keyId").asText();
            JsonNode sealed = creator.post("/v1/keys/" + kemKey + "/encrypt", Map.of("plaintext", "c2VjcmV0")).json();
            assertThat(other.post("/v1/keys/" + kemKey + "/decrypt", Map.of("ciphertext",
                    sealed.get("ciphertext").asText(), "encapsulatedKey", sealed.get("encapsulatedKey").asText()))
                    .json().get("plaintext").asText()).isEqualTo("c2VjcmV0");

            String signingKey = creator.post("/v1/keys", Map.of("purpose", "signature", "parameterSet", "nz-128"))
                    .json().get("keyId").asText();
            JsonNode signature = other.post("/v1/keys/" + signingKey + "/signatures",
                    Map.of("message", "c2VjcmV0", "deterministic", true)).json();
            assertThat(creator.post("/v1/keys/" + signingKey + "/signatures", Map.of("message", "c2VjcmV0",
                    "deterministic", true)).json()).isEqualTo(signature);
        }
    }

    @Test
    void aServiceWithAnotherMasterSecretDoesNotKnowTheKey() {
        String keyId = new Http(REPLICA_A.getLocalPort()).post("/v1/keys", Map.of("parameterSet", "nz-128"))
                .json().get("keyId").asText();
        Http.Reply reply = new Http(STRANGER.getLocalPort()).get("/v1/keys/" + keyId);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.code()).isEqualTo("key_not_found");
    }
}
