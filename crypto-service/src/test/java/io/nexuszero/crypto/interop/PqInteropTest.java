package io.nexuszero.crypto.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.nexuszero.crypto.CryptoConfiguration;
import io.nexuszero.common.testing.NodeProject;
import io.nexuszero.crypto.support.CryptoTestApp;
import io.nexuszero.common.testing.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Interoperability with an implementation no one here wrote: {@code crypto-service/interop/interop.mjs} runs under
 * Node with {@code @noble/post-quantum} (exact version pinned in package.json and package-lock.json, installed here
 * with {@code npm ci --ignore-scripts}) against this real server with a real token: noble verifies the service's
 * ML-DSA signatures with and without context, the service verifies noble's, and the script encrypts to service kem
 * keys following docs/CRYPTO.md's HPKE construction (Node's HMAC and AEADs) for the service to decrypt.
 *
 * <p>Without Node on the PATH the test is skipped (visibly) on a developer machine, but fails where the environment
 * variable {@code CI} is set, so CI cannot pass without running it.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PqInteropTest {

    private static final String TOKEN = "interop-token-0123456789";
    static final DropwizardAppExtension<CryptoConfiguration> APP = CryptoTestApp.app(CryptoTestApp.MASTER_SECRET,
            "interop=" + TOKEN);
    private static final Path PROJECT = Path.of("interop");
    /** 3 ML-DSA levels × 15 checks + 3 ML-KEM levels × 5 checks. */
    private static final int EXPECTED_CHECKS = 60;

    private static final NodeProject NODE = new NodeProject(PROJECT);

    @BeforeAll
    static void nodeIsThere() {
        NodeProject.requireNode("the ML-KEM/ML-DSA interop test");
    }

    @Test
    void anIndependentImplementationInteroperates() throws Exception {
        NODE.install();
        assertThat(PROJECT.resolve("node_modules/@noble/post-quantum/package.json")).exists();

        NodeProject.Result interop = NODE.run(List.of("node", "interop.mjs"), Map.of(
                "CRYPTO_URL", "http://127.0.0.1:" + APP.getLocalPort(), "CRYPTO_TOKEN", TOKEN), 300);
        System.out.println(interop.output());
        assertThat(interop.exit()).as(interop.output()).isZero();
        JsonNode summary = null;
        List<String> failed = new ArrayList<>();
        for (String line : interop.output().split("\n")) {
            if (!line.startsWith("{")) {
                continue;
            }
            JsonNode json = Http.JSON.readTree(line);
            if (json.has("summary")) {
                summary = json;
            } else if (!json.get("ok").asBoolean()) {
                failed.add(line);
            }
        }
        assertThat(failed).isEmpty();
        assertThat(summary).as("summary line").isNotNull();
        assertThat(summary.get("checks").asInt()).isEqualTo(EXPECTED_CHECKS);
        assertThat(summary.get("failed").asInt()).isZero();
        // the pinned version is the one installed
        String installed = Files.readString(PROJECT.resolve("node_modules/@noble/post-quantum/package.json"));
        String pinned = Http.JSON.readTree(Files.readString(PROJECT.resolve("package.json")))
                .get("dependencies").get("@noble/post-quantum").asText();
        assertThat(pinned).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(Http.JSON.readTree(installed).get("version").asText()).isEqualTo(pinned);
    }
}
