package io.nexuszero.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.nexuszero.common.testing.PrometheusText;
import io.nexuszero.common.testing.ServiceContractTest;
import io.nexuszero.crypto.core.keys.KeyCache;
import io.nexuszero.crypto.support.CryptoTestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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

    /** The key cache's statistics (Caffeine, through Micrometer) are scraped, and documented in docs/METRICS.md. */
    @Test
    void keyCacheStatisticsAreExportedAndDocumented() throws Exception {
        generateDomainTraffic();
        PrometheusText scrape = scrape();
        String metricsDoc = Files.readString(Path.of("../docs/METRICS.md"));
        for (String family : new String[] {"cache_gets_total", "cache_puts_total", "cache_evictions_total",
            "cache_size"}) {
            assertThat(scrape.samples(family)).as(family)
                    .anySatisfy(sample -> assertThat(sample.labels()).containsEntry("cache", KeyCache.NAME));
            assertThat(metricsDoc).contains("`" + family);
        }
    }
}
