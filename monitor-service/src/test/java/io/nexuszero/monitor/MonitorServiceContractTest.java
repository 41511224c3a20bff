package io.nexuszero.monitor;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.nexuszero.common.testing.ServiceContractTest;
import io.nexuszero.monitor.support.Fixtures;
import io.nexuszero.monitor.support.TestConfig;

/** The foundation contract (common) against the real monitor-service and its config.yml. */
class MonitorServiceContractTest extends ServiceContractTest {

    static final DropwizardAppExtension<MonitorConfiguration> APP = new DropwizardAppExtension<>(
            MonitorApplication.class, "config.yml", contractOverrides(TestConfig.tempDirectory("monitor-contract")));

    @Override
    protected DropwizardAppExtension<?> app() {
        return APP;
    }

    @Override
    protected String serviceName() {
        return MonitorApplication.SERVICE_NAME;
    }

    @Override
    protected String idRouteTemplate() {
        return "/v1/targets/{name}/checks";
    }

    @Override
    protected String jsonPostPath() {
        return "/v1/alerts";
    }

    @Override
    protected void generateDomainTraffic() throws Exception {
        post("/v1/alerts", Fixtures.firing());
    }
}
