package io.nexuszero.monitor;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.nexuszero.common.testing.ServiceContractTest;
import io.nexuszero.monitor.support.Fixtures;
import io.nexuszero.monitor.support.TestConfig;

/** The foundation contract (common) against the real monitor-service and its config.yml. */
class MonitorServiceContractTest extends ServiceContractTest {

    static final DropwizardAppExtension<MonitorConfiguration> APP = new DropwizardAppExtension<>(
            MonitorApplication.class, "config.yml", contractOverrides(TestConfig.tempDirectory("monitor-contract")));

    /**
     * Micrometer registers jvm_gc_pause_seconds at the first garbage collection after the registry exists; in a
     * test JVM that may not have happened yet, so make one happen rather than depend on luck.
     */
    @org.junit.jupiter.api.BeforeAll
    static void collectGarbageOnce() throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            if (io.nexuszero.monitor.support.Http.get(APP.getAdminPort(), "/metrics").body()
                    .contains("jvm_gc_pause_seconds_count")) {
                return;
            }
            System.gc();
            Thread.sleep(100);
        }
    }

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
