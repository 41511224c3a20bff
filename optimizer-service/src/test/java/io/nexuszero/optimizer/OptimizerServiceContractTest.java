package io.nexuszero.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.nexuszero.common.testing.ServiceContractTest;
import io.nexuszero.optimizer.client.CryptoServiceRetry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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

    /** The crypto-service client's retry outcomes (resilience4j) are scraped, and documented in docs/METRICS.md. */
    @Test
    void retryMetricsAreExportedAndDocumented() throws Exception {
        assertThat(scrape().samples("resilience4j_retry_calls_total"))
                .filteredOn(sample -> CryptoServiceRetry.NAME.equals(sample.labels().get("name")))
                .extracting(sample -> sample.labels().get("kind"))
                .contains("successful_without_retry", "successful_with_retry", "failed_with_retry",
                        "failed_without_retry");
        assertThat(Files.readString(Path.of("../docs/METRICS.md"))).contains("`resilience4j_retry_calls_total");
    }
}
