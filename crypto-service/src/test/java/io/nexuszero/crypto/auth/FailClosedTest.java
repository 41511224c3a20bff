package io.nexuszero.crypto.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.nexuszero.crypto.CryptoApplication;
import io.nexuszero.crypto.CryptoConfiguration;
import io.nexuszero.crypto.support.CryptoTestApp;
import io.nexuszero.common.testing.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without tokens the protected endpoints are closed, unless the service runs in explicit development mode. */
class FailClosedTest {

    private static DropwizardTestSupport<CryptoConfiguration> app(String tokens, String environment,
                                                                 ConfigOverride... extra) {
        return new DropwizardTestSupport<>(CryptoApplication.class, "config.yml",
                CryptoTestApp.overrides(CryptoTestApp.freshDataDirectory(), CryptoTestApp.MASTER_SECRET, tokens,
                        environment, extra));
    }

    @Test
    void withoutTokensOutsideDevelopmentModeProtectedEndpointsAnswer401() throws Exception {
        DropwizardTestSupport<CryptoConfiguration> support = app("", "");
        support.before();
        try {
            Http http = new Http(support.getLocalPort());
            for (String path : List.of("/v1/keys", "/v1/proofs", "/v1/benchmarks")) {
                Http.Reply reply = http.post(path, Map.of("parameterSet", "nz-128"));
                assertThat(reply.status()).as(path).isEqualTo(401);
                assertThat(reply.code()).isEqualTo("unauthorized");
            }
            assertThat(http.withToken("Bearer anything-at-all-0123456789").post("/v1/keys",
                    Map.of("parameterSet", "nz-128")).status()).isEqualTo(401);
            String someId = "ml-dsa-44." + "A".repeat(64);
            assertThat(http.post("/v1/keys/" + someId + "/signatures", Map.of("message", "bQ")).status())
                    .isEqualTo(401);
            // public endpoints stay open
            assertThat(http.get("/v1/parameter-sets").status()).isEqualTo(200);
            assertThat(http.get("/v1/keys/" + someId).status()).isEqualTo(404);
        } finally {
            support.after();
        }
    }

    @Test
    void otherEnvironmentsThanDevAreNotDevelopmentMode() throws Exception {
        for (String environment : List.of("compose", "DEV", "development", "production")) {
            DropwizardTestSupport<CryptoConfiguration> support = app("", environment);
            support.before();
            try {
                assertThat(new Http(support.getLocalPort()).post("/v1/keys", Map.of("parameterSet", "nz-128"))
                        .status()).as(environment).isEqualTo(401);
            } finally {
                support.after();
            }
        }
    }

    @Test
    void developmentModeIsOpen() throws Exception {
        DropwizardTestSupport<CryptoConfiguration> support = app("", "dev");
        support.before();
        try {
            assertThat(new Http(support.getLocalPort()).post("/v1/keys", Map.of("purpose", "kem",
                    "parameterSet", "nz-128")).status()).isEqualTo(201);
        } finally {
            support.after();
        }
    }

    @Test
    void productionRefusesToStartWithoutTokensNamingTheSetting() {
        DropwizardTestSupport<CryptoConfiguration> support = app("", "",
                ConfigOverride.config("production", "true"));
        try {
            assertThatThrownBy(support::before).hasStackTraceContaining("NEXUSZERO_API_TOKENS")
                    .hasStackTraceContaining("production is true");
        } finally {
            support.after();
        }
    }

    @Test
    void productionAndDevelopmentModeExcludeEachOther() {
        DropwizardTestSupport<CryptoConfiguration> support = app("alice=alice-token-0123456789", "dev",
                ConfigOverride.config("production", "true"));
        try {
            assertThatThrownBy(support::before).hasStackTraceContaining("NEXUSZERO_ENV");
        } finally {
            support.after();
        }
    }

    @Test
    void badTokenConfigurationStopsStartupWithoutShowingTheToken() {
        DropwizardTestSupport<CryptoConfiguration> support = app("just-a-token-without-a-name", "");
        try {
            assertThatThrownBy(support::before).hasStackTraceContaining("NEXUSZERO_API_TOKENS")
                    .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("just-a-token-without-a-name"));
        } finally {
            support.after();
        }
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
