package io.nexuszero.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.nexuszero.common.testing.PrometheusText;
import io.nexuszero.common.testing.ServiceContractTest;
import io.nexuszero.crypto.core.keys.KeyCache;
import io.nexuszero.crypto.core.proofs.VerificationReasons;
import io.nexuszero.crypto.engine.proof.ProofType;
import io.nexuszero.crypto.metrics.WitnessSize;
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

    /** A public JSON route with the default body limit (proof verification takes larger bodies: largeBodyRoutes). */
    @Override
    protected String jsonPostPath() {
        return "/v1/parameter-sets/evaluate";
    }

    @Override
    protected void generateDomainTraffic() throws Exception {
        post("/v1/keys", "{\"parameterSet\":\"nz-128\"}");
    }

    /**
     * The label values of the proof metrics are documented: every proof type, witness size (on the three metrics that
     * carry it) and failure reason in docs/METRICS.md, and every reason a client can get in docs/API.md's verify
     * section (context_too_long cannot happen through the API, whose contexts are shorter; "other" only keeps the
     * label set closed).
     */
    @Test
    void proofTypesAndVerificationReasonsAreDocumented() throws Exception {
        String metrics = Files.readString(Path.of("../docs/METRICS.md"));
        String generation = row(metrics, "nexuszero_crypto_proof_generation_duration_seconds");
        String failures = row(metrics, "nexuszero_crypto_verification_failures_total");
        for (ProofType type : ProofType.values()) {
            assertThat(generation).contains("`" + type.wireName() + "`");
        }
        for (WitnessSize size : WitnessSize.values()) {
            assertThat(generation).contains("`" + size.label() + "`");
        }
        for (String metric : new String[] {"nexuszero_crypto_proof_generation_duration_seconds",
            "nexuszero_crypto_proof_attempts", "nexuszero_crypto_verification_duration_seconds"}) {
            assertThat(row(metrics, metric)).as(metric).contains("witness_size");
        }
        String api = Files.readString(Path.of("../docs/API.md"));
        String verify = api.substring(api.indexOf("### POST /v1/proofs/verify"),
                api.indexOf("### POST /v1/proofs/verify-batch"));
        for (String reason : VerificationReasons.ALL) {
            assertThat(failures).contains("`" + reason + "`");
            if (!reason.equals(VerificationReasons.OTHER)
                    && !reason.equals(io.nexuszero.crypto.engine.proof.VerificationResult.CONTEXT_TOO_LONG)) {
                assertThat(verify).as(reason).contains("`" + reason + "`");
            }
        }
    }

    private static String row(String table, String metric) {
        return table.lines().filter(line -> line.startsWith("| `" + metric + "`")).findFirst().orElseThrow();
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
