package io.nexuszero.crypto.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.nexuszero.crypto.CryptoConfiguration;
import io.nexuszero.crypto.support.CryptoTestApp;
import io.nexuszero.common.testing.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class BearerTokenEndToEndTest {

    static final DropwizardAppExtension<CryptoConfiguration> APP =
            CryptoTestApp.app(CryptoTestApp.MASTER_SECRET, "alpha=alpha-secret-token, beta=beta-secret-token");

    private Http anonymous() {
        return new Http(APP.getLocalPort());
    }

    private Http as(String authorization) {
        return anonymous().withToken(authorization);
    }

    private String keyId() {
        Http.Reply created = as("Bearer beta-secret-token").post("/v1/keys", Map.of("parameterSet", "nz-128"));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("keyId").asText();
    }

    @Test
    void protectedEndpointsNeedAValidToken() {
        String keyId = keyId();
        Map<String, Object> proveBody = Map.of("type", "commitment-opening", "parameterSet", "nz-128",
                "witness", Map.of("values", List.of(1)));
        Map<String, Object> benchmarkBody = Map.of("parameterSet", "nz-128", "operation", "keygen", "iterations", 1);
        Map<String, Map<String, Object>> protectedPosts = Map.of(
                "/v1/keys", Map.of("parameterSet", "nz-128"),
                "/v1/keys/" + keyId + "/proofs", Map.of(),
                "/v1/keys/" + keyId + "/decrypt", Map.of("ciphertext", "AAAA"),
                "/v1/keys/" + keyId + "/signatures", Map.of("message", "AAAA"),
                "/v1/proofs", proveBody,
                "/v1/benchmarks", benchmarkBody);
        for (var endpoint : protectedPosts.entrySet()) {
            for (Http client : List.of(anonymous(), as("Bearer wrong-token"), as("Bearer "), as("Basic YWxwaGE6"),
                    as("Bearer alpha-secret-token-and-more"), as("alpha-secret-token"))) {
                Http.Reply reply = client.post(endpoint.getKey(), endpoint.getValue());
                assertThat(reply.status()).as(endpoint.getKey()).isEqualTo(401);
                assertThat(reply.code()).isEqualTo("unauthorized");
                assertThat(reply.raw().headers().firstValue("WWW-Authenticate")).get().asString()
                        .startsWith("Bearer realm=\"nexuszero\"");
                assertThat(reply.raw().body()).doesNotContain("secret-token");
            }
        }
        assertThat(as("Bearer beta-secret-token").post("/v1/keys/" + keyId + "/proofs", Map.of()).status())
                .isEqualTo(200);
        assertThat(as("bearer alpha-secret-token").post("/v1/proofs", proveBody).status()).isEqualTo(200);
        assertThat(as("Bearer beta-secret-token").post("/v1/benchmarks", benchmarkBody).status()).isEqualTo(200);
    }

    @Test
    void authenticationComesBeforeTheBodyIsRead() {
        Http.Reply reply = anonymous().post("/v1/proofs", "{not json");
        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void publicEndpointsStayPublic() {
        String keyId = keyId();
        Http http = anonymous();
        assertThat(http.get("/v1/info").status()).isEqualTo(200);
        assertThat(http.get("/v1/keys/" + keyId).status()).isEqualTo(200);
        Http.Reply kemKey = as("Bearer alpha-secret-token").post("/v1/keys", Map.of("purpose", "kem",
                "parameterSet", "nz-128"));
        assertThat(http.post("/v1/keys/" + kemKey.text("keyId") + "/encrypt", Map.of("plaintext", "aGk")).status())
                .isEqualTo(200);
        Http.Reply signingKey = as("Bearer alpha-secret-token").post("/v1/keys", Map.of("purpose", "signature",
                "parameterSet", "nz-128"));
        Http.Reply signature = as("Bearer alpha-secret-token").post("/v1/keys/" + signingKey.text("keyId")
                + "/signatures", Map.of("message", "aGk"));
        assertThat(http.post("/v1/signatures/verify", Map.of("algorithm", "ML-DSA-44", "publicKey",
                signingKey.text("publicKey"), "message", "aGk", "signature", signature.text("signature")))
                .json().get("valid").asBoolean()).isTrue();
        JsonNode proof = as("Bearer beta-secret-token").post("/v1/keys/" + keyId + "/proofs", Map.of()).json();
        assertThat(http.post("/v1/proofs/verify", proof).json().get("valid").asBoolean()).isTrue();
        assertThat(http.post("/v1/proofs/verify-batch", Map.of("items", List.of(proof))).status()).isEqualTo(200);
    }
}
