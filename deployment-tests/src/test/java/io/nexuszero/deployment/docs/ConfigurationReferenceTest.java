package io.nexuszero.deployment.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexuszero.deployment.support.Repo;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every environment variable a service's config.yml reads is documented in docs/DEPLOYMENT.md. */
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
}
