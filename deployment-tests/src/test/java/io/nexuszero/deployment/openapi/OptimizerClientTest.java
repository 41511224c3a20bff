package io.nexuszero.deployment.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.nexuszero.clients.optimizer.ApiClient;
import io.nexuszero.clients.optimizer.api.OptimizerApi;
import io.nexuszero.clients.optimizer.model.ObjectiveWeights;
import io.nexuszero.clients.optimizer.model.OptimizeRequest;
import io.nexuszero.clients.optimizer.model.OptimizeResponse;
import io.nexuszero.deployment.support.NexusZeroService;
import io.nexuszero.optimizer.OptimizerApplication;
import io.nexuszero.optimizer.OptimizerConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** optimizer-service through a client generated from docs/openapi/optimizer-service.json. */
@ExtendWith(DropwizardExtensionsSupport.class)
class OptimizerClientTest {

    /** Nothing listens there: the optimizer answers from its bundled search space and model. */
    static final DropwizardAppExtension<OptimizerConfiguration> APP = ClientTestApps.app(OptimizerApplication.class,
            NexusZeroService.OPTIMIZER, ConfigOverride.config("cryptoService.url", "http://127.0.0.1:9"));

    @Test
    void aRecommendationForA128BitCommitmentOpening() throws Exception {
        OptimizeResponse response = new OptimizerApi(client())
                .optimize(new OptimizeRequest().securityBits(128).proofType("commitment-opening").witnessLength(16)
                        .objective(new ObjectiveWeights().proofBytes(1.0).proveMillis(1.0).verifyMillis(0.0)));
        assertThat(response.getRecommendation()).isNotNull();
        assertThat(response.getRecommendation().getEstimate()).isNotNull();
        assertThat(response.getFeasibleCandidates()).isPositive();
        assertThat(response.getModel()).isNotNull();
    }

    /** The generated client as generated, pointed at the running app. */
    private static ApiClient client() {
        return new ApiClient(java.net.http.HttpClient.newBuilder(), ApiClient.createDefaultObjectMapper(),
                ClientTestApps.baseUri(APP));
    }
}
