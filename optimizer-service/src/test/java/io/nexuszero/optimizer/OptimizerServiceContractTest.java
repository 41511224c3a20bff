package io.nexuszero.optimizer;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.nexuszero.common.testing.ServiceContractTest;

/** The foundation contract (common) against the real optimizer-service and its config.yml. */
class OptimizerServiceContractTest extends ServiceContractTest {

    static final DropwizardAppExtension<OptimizerConfiguration> APP = new DropwizardAppExtension<>(
            OptimizerApplication.class, "config.yml", contractOverrides(freshDataDirectory("optimizer-contract")));

    @Override
    protected DropwizardAppExtension<?> app() {
        return APP;
    }

    @Override
    protected String serviceName() {
        return OptimizerApplication.SERVICE_NAME;
    }

    @Override
    protected String idRouteTemplate() {
        return "/v1/training-jobs/{jobId}";
    }

    @Override
    protected String jsonPostPath() {
        return "/v1/optimize";
    }

    @Override
    protected void generateDomainTraffic() throws Exception {
        post("/v1/optimize", "{\"securityBits\":128,\"proofType\":\"lwe-secret\",\"witnessLength\":1,"
                + "\"objective\":{\"proofBytes\":1,\"proveMillis\":1,\"verifyMillis\":1}}");
    }
}
