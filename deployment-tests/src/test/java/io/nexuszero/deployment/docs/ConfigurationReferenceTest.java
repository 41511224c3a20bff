package io.nexuszero.deployment.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexuszero.deployment.support.Repo;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every setting a user sees is documented in docs/DEPLOYMENT.md: the variables each service's config.yml reads,
 * the variables docker-compose.yml and .env.example offer, the scripts' options, and what the workflow needs
 * from the repository (environments, secrets).
 */
class ConfigurationReferenceTest {

    private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:-[^}]*)?}");

    @ParameterizedTest
    @ValueSource(strings = {"crypto-service", "optimizer-service", "monitor-service"})
    void everyVariableOfConfigYmlIsDocumented(String service) {
        String deployment = Repo.read("docs/DEPLOYMENT.md");
        Set<String> undocumented = new TreeSet<>();
        String settings = Repo.read(service + "/config.yml").lines()
                .filter(line -> !line.strip().startsWith("#"))
                .reduce("", (all, line) -> all + line + "\n");
        Matcher variable = SUBSTITUTION.matcher(settings);
        while (variable.find()) {
            if (!deployment.contains("`" + variable.group(1) + "`")) {
                undocumented.add(variable.group(1));
            }
        }
        assertThat(undocumented).as("variables of %s/config.yml missing from docs/DEPLOYMENT.md", service).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker-compose.yml", ".env.example"})
    void everyComposeVariableIsDocumented(String file) {
        String deployment = Repo.read("docs/DEPLOYMENT.md");
        Set<String> variables = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)|(?m)^([A-Z][A-Z0-9_]*)=").matcher(Repo.read(file));
        while (m.find()) {
            variables.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        assertThat(variables).isNotEmpty();
        variables.removeIf(v -> deployment.contains("`" + v + "`"));
        assertThat(variables).as("variables of %s missing from docs/DEPLOYMENT.md", file).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void whatTheWorkflowNeedsFromTheRepositoryIsDocumented() {
        String deployment = Repo.read("docs/DEPLOYMENT.md");
        String workflow = Repo.read(".github/workflows/ci.yml");
        Set<String> missing = new TreeSet<>();
        Matcher secrets = Pattern.compile("secrets\\.([A-Z][A-Z0-9_]*)").matcher(workflow);
        while (secrets.find()) {
            if (!secrets.group(1).equals("GITHUB_TOKEN") && !deployment.contains("`" + secrets.group(1) + "`")) {
                missing.add("secret " + secrets.group(1));
            }
        }
        Matcher environments = Pattern.compile("(?m)^\\s+environment:\\s*\\n?\\s*(?:name:\\s*)?([a-z]+)").matcher(workflow);
        int found = 0;
        while (environments.find()) {
            found++;
            if (!deployment.contains("`" + environments.group(1) + "`")) {
                missing.add("environment " + environments.group(1));
            }
        }
        assertThat(found).as("deploy jobs use GitHub environments").isGreaterThanOrEqualTo(2);
        assertThat(missing).as("docs/DEPLOYMENT.md must name them").isEmpty();
        assertThat(deployment).contains("scripts/sync-k8s-monitoring.sh --runbook-base", "scripts/sync-k8s-configmaps.sh",
                "NEXUSZERO_DEV_PORT_OFFSET");
    }
}
