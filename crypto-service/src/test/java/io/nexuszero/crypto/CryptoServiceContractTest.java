package io.nexuszero.crypto;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.nexuszero.common.testing.ServiceContractTest;
import io.nexuszero.crypto.support.CryptoTestApp;

/** The foundation contract (common) against the real crypto-service and its config.yml. */
class CryptoServiceContractTest extends ServiceContractTest {

    static final DropwizardAppExtension<CryptoConfiguration> APP = new DropwizardAppExtension<>(
            CryptoApplication.class, "config.yml", contractOverrides(CryptoTestApp.freshDataDirectory()));


    @Override
    protected DropwizardAppExtension<?> app() {
        return APP;
    }

    @Override
    protected String serviceName() {
        return CryptoApplication.SERVICE_NAME;
    }

    @Override
    protected String idRouteTemplate() {
        return "/v1/keys/{keyId}";
    }

    @Override
    protected String jsonPostPath() {
        return "/v1/proofs/verify";
    }

    @Override
    protected void generateDomainTraffic() throws Exception {
        post("/v1/keys", "{\"parameterSet\":\"nz-128\"}");
    }
}
