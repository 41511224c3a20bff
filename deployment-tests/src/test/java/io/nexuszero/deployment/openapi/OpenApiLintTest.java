package io.nexuszero.deployment.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nexuszero.common.testing.NodeProject;
import io.nexuszero.deployment.support.NexusZeroService;
import io.nexuszero.deployment.support.Repo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checked-in OpenAPI documents (docs/openapi/, kept equal to the served ones by each service's contract test)
 * pass Redocly CLI's recommended rules, errors and warnings alike. Redocly is pinned in
 * deployment-tests/openapi-lint/package-lock.json and installed with {@code npm ci}; its configuration
 * (redocly.yaml) says why any rule is off.
 */
class OpenApiLintTest {

    private static final NodeProject LINT = new NodeProject(Repo.path("deployment-tests/openapi-lint"));
    /** No telemetry and no update check: the lint must not depend on reaching redocly.com. */
    private static final Map<String, String> OFFLINE = Map.of(
            "REDOCLY_TELEMETRY", "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");

    @BeforeAll
    static void install() {
        NodeProject.requireNode("the OpenAPI lint");
        LINT.install();
    }

    @Test
    void everyServiceDocumentPassesRedoclyWithoutWarnings() throws Exception {
        String script = new ObjectMapper().readTree(Repo.read("deployment-tests/openapi-lint/package.json"))
                .get("scripts").get("lint").asText();
        for (NexusZeroService service : NexusZeroService.all()) {
            assertThat(script).as("the lint script covers every service").contains("docs/openapi/"
                    + service.name() + ".json");
        }
        NodeProject.Result lint = LINT.run(List.of("npm", "run", "--silent", "lint", "--", "--format=stylish"),
                OFFLINE, 300);
        System.out.println(lint.output());
        assertThat(lint.exit()).as(lint.output()).isZero();
        // Redocly exits 0 on warnings: a stylish problem line ("12:9  warning  rule-name  ...") fails the test too.
        assertThat(lint.output()).as(lint.output()).contains("Your API descriptions are valid")
                .doesNotContainPattern("(?m)^\\s*\\d+:\\d+\\s+(warning|error)\\s");
        for (NexusZeroService service : NexusZeroService.all()) {
            assertThat(lint.output()).contains(service.name() + ".json");
        }
    }

    @Test
    void thePinnedRedoclyIsTheInstalledOne() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String pinned = json.readTree(Repo.read("deployment-tests/openapi-lint/package.json"))
                .get("devDependencies").get("@redocly/cli").asText();
        assertThat(pinned).matches("\\d+\\.\\d+\\.\\d+");
        JsonNode installed = json.readTree(Repo.read(
                "deployment-tests/openapi-lint/node_modules/@redocly/cli/package.json"));
        assertThat(installed.get("version").asText()).isEqualTo(pinned);
    }
}
