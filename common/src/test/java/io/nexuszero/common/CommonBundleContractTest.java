package io.nexuszero.common;

import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.nexuszero.common.app.TestApplication;
import io.nexuszero.common.testing.ServiceContractTest;

/** The foundation contract, run against an application made of the common bundle alone. */
class CommonBundleContractTest extends ServiceContractTest {

    static final DropwizardAppExtension<NexusZeroConfiguration> APP = new DropwizardAppExtension<>(
            TestApplication.class, ResourceHelpers.resourceFilePath("test-service.yml"),
            contractOverrides(freshDataDirectory("common-contract")));

    @Override
    protected DropwizardAppExtension<?> app() {
        return APP;
    }

    @Override
    protected String serviceName() {
        return "test-service";
    }

    @Override
    protected String idRouteTemplate() {
        return "/v1/things/{thingId}";
    }

    /** The bundle's own document is a test resource: docs/openapi/ holds the services' documents only. */
    @Override
    protected java.nio.file.Path checkedInOpenApi() {
        return java.nio.file.Path.of("src/test/resources/openapi/test-service.json");
    }

    @Override
    protected String jsonPostPath() {
        return "/v1/things";
    }
}
