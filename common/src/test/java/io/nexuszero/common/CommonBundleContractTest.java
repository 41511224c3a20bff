package io.nexuszero.common;

import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.nexuszero.common.app.TestApplication;
import io.nexuszero.common.testing.ServiceContractTest;
import java.nio.file.Files;
import java.nio.file.Path;

/** The foundation contract, run against an application made of the common bundle alone. */
class CommonBundleContractTest extends ServiceContractTest {

    static final DropwizardAppExtension<NexusZeroConfiguration> APP = new DropwizardAppExtension<>(
            TestApplication.class, ResourceHelpers.resourceFilePath("test-service.yml"),
            contractOverrides(tempDir()));

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("common-contract");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

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

    @Override
    protected String jsonPostPath() {
        return "/v1/things";
    }
}
