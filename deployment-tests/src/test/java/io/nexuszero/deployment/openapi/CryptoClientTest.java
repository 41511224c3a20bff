package io.nexuszero.deployment.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.nexuszero.clients.crypto.ApiClient;
import io.nexuszero.clients.crypto.ApiException;
import io.nexuszero.clients.crypto.api.KeysApi;
import io.nexuszero.clients.crypto.api.ParameterSetsApi;
import io.nexuszero.clients.crypto.api.ProofsApi;
import io.nexuszero.clients.crypto.model.CreateKeyRequest;
import io.nexuszero.clients.crypto.model.ErrorResponse;
import io.nexuszero.clients.crypto.model.KeyProofRequest;
import io.nexuszero.clients.crypto.model.KeyResponse;
import io.nexuszero.clients.crypto.model.ParameterSetJson;
import io.nexuszero.clients.crypto.model.ProofResponse;
import io.nexuszero.clients.crypto.model.ProveRequest;
import io.nexuszero.clients.crypto.model.StatementJson;
import io.nexuszero.clients.crypto.model.VerifyRequest;
import io.nexuszero.clients.crypto.model.VerifyResponse;
import io.nexuszero.clients.crypto.model.WitnessJson;
import io.nexuszero.clients.crypto.model.WitnessJsonValuesInner;
import io.nexuszero.crypto.CryptoApplication;
import io.nexuszero.crypto.CryptoConfiguration;
import io.nexuszero.deployment.support.NexusZeroService;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * crypto-service through a client generated from docs/openapi/crypto-service.json: the parameter sets, a key, a
 * proof of its secret and its verification, a range proof, and an error decoded with the document's error schema.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CryptoClientTest {

    private static final String TOKEN = "generated-client-token-0123";
    static final DropwizardAppExtension<CryptoConfiguration> APP = ClientTestApps.app(CryptoApplication.class,
            NexusZeroService.CRYPTO,
            ConfigOverride.config("masterSecret", Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32])),
            ConfigOverride.config("apiTokens", "client=" + TOKEN),
            ConfigOverride.config("environment", ""));

    private final ApiClient client = client()
            .setRequestInterceptor(request -> request.header("Authorization", "Bearer " + TOKEN));


    @Test
    void parameterSetsAreThePresets() throws Exception {
        assertThat(new ParameterSetsApi(client).listParameterSets().getParameterSets())
                .extracting(ParameterSetJson::getId).containsExactly("nz-128", "nz-192", "nz-256");
    }

    @Test
    void aKeyProvesKnowledgeOfItsSecretAndTheProofVerifies() throws Exception {
        KeyResponse key = new KeysApi(client).createKey(new CreateKeyRequest().purpose("proof").parameterSet("nz-128"));
        assertThat(key.getKeyId()).isNotBlank();
        assertThat(key.getAlgorithm()).isEqualTo("nz-128");
        assertThat(new KeysApi(client).getKey(key.getKeyId()).getPublicKey()).isEqualTo(key.getPublicKey());

        String context = Base64.getUrlEncoder().withoutPadding().encodeToString("generated client".getBytes());
        ProofResponse proof = new KeysApi(client).proveKey(key.getKeyId(), new KeyProofRequest().context(context));
        assertThat(proof.getType()).isEqualTo("lwe-secret");
        assertThat(proof.getStatement().getPublicKey()).isEqualTo(key.getPublicKey());

        VerifyRequest verify = new VerifyRequest().type(proof.getType()).parameterSet(proof.getParameterSet())
                .statement(proof.getStatement()).proof(proof.getProof()).context(proof.getContext());
        VerifyResponse valid = new ProofsApi(client).verifyProof(verify);
        assertThat(valid.getValid()).as(valid.toString()).isTrue();
        VerifyResponse otherContext = new ProofsApi(client).verifyProof(verify.context("b3RoZXI"));
        assertThat(otherContext.getValid()).isFalse();
    }

    /** range values as a JSON number and a decimal string beyond 2^63, bounds as a plain object: the document's forms. */
    @Test
    void aRangeProofOfA64BitValueVerifies() throws Exception {
        String u64Max = "18446744073709551615";
        ProofResponse proof = new ProofsApi(client).createProof(new ProveRequest().type("range").parameterSet("nz-128")
                .witness(new WitnessJson().values(List.of(new WitnessJsonValuesInner(7),
                        new WitnessJsonValuesInner("18000000000000000000"))))
                .bounds(Map.of("min", "0", "max", u64Max)));
        assertThat(proof.getType()).isEqualTo("range");
        assertThat(proof.getStatement().getBounds()).isEqualTo(Map.of("min", "0", "max", u64Max));
        VerifyRequest verify = new VerifyRequest().type(proof.getType()).parameterSet(proof.getParameterSet())
                .statement(proof.getStatement()).proof(proof.getProof()).context(proof.getContext());
        assertThat(new ProofsApi(client).verifyProof(verify).getValid()).isTrue();
        VerifyResponse otherBounds = new ProofsApi(client).verifyProof(verify.statement(new StatementJson()
                .commitments(proof.getStatement().getCommitments()).bounds(Map.of("min", 1, "max", u64Max))));
        assertThat(otherBounds.getValid()).isFalse();
        assertThat(otherBounds.getReason()).isEqualTo("bounds_mismatch");
    }

    @Test
    void anErrorDecodesThroughTheDocumentedErrorSchema() throws Exception {
        ApiException error = catchThrowableOfType(ApiException.class,
                () -> new ParameterSetsApi(client).getParameterSet("nz-512"));
        assertThat(error.getCode()).isEqualTo(404);
        ErrorResponse body = client.getObjectMapper().readValue(error.getResponseBody(), ErrorResponse.class);
        assertThat(body.getCode()).isEqualTo("parameter_set_not_found");
        assertThat(body.getMessage()).contains("nz-512");

        ApiException anonymous = catchThrowableOfType(ApiException.class,
                () -> new KeysApi(client()).createKey(new CreateKeyRequest()));
        assertThat(anonymous.getCode()).isEqualTo(401);
        assertThat(client.getObjectMapper().readValue(anonymous.getResponseBody(), ErrorResponse.class).getCode())
                .isEqualTo("unauthorized");
    }

    /** The generated client as generated, pointed at the running app. */
    private static ApiClient client() {
        return new ApiClient(java.net.http.HttpClient.newBuilder(), ApiClient.createDefaultObjectMapper(),
                ClientTestApps.baseUri(APP));
    }
}
