package io.nexuszero.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.nexuszero.crypto.core.keys.MasterSecretLoader;
import io.nexuszero.crypto.support.CryptoTestApp;
import io.nexuszero.common.testing.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MasterSecretStartupTest {

    @Test
    void productionRefusesToStartWithoutAMasterSecret() {
        Path data = CryptoTestApp.freshDataDirectory();
        DropwizardTestSupport<CryptoConfiguration> support = new DropwizardTestSupport<>(CryptoApplication.class,
                "config.yml", CryptoTestApp.overrides(data, "", "", "", ConfigOverride.config("production", "true")));
        try {
            assertThatThrownBy(support::before)
                    .hasStackTraceContaining("NEXUSZERO_MASTER_SECRET")
                    .hasStackTraceContaining("production is true");
        } finally {
            support.after();
        }
        assertThat(data.resolve(MasterSecretLoader.DEV_FILE_NAME)).doesNotExist();
    }

    @Test
    void developmentModeCreatesAnOwnerOnlySecretAndKeepsKeysAcrossRestarts() throws Exception {
        Path data = CryptoTestApp.freshDataDirectory();
        DropwizardTestSupport<CryptoConfiguration> first = new DropwizardTestSupport<>(CryptoApplication.class,
                "config.yml", CryptoTestApp.overrides(data, "", ""));
        String keyId;
        first.before();
        try {
            keyId = new Http(first.getLocalPort()).post("/v1/keys", Map.of("parameterSet", "nz-128")).json()
                    .get("keyId").asText();
        } finally {
            first.after();
        }
        Path secret = data.resolve(MasterSecretLoader.DEV_FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");

        DropwizardTestSupport<CryptoConfiguration> second = new DropwizardTestSupport<>(CryptoApplication.class,
                "config.yml", CryptoTestApp.overrides(data, "", ""));
        second.before();
        try {
            assertThat(new Http(second.getLocalPort()).get("/v1/keys/" + keyId).status()).isEqualTo(200);
        } finally {
            second.after();
        }
    }
}
