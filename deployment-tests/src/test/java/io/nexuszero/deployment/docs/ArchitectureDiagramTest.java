package io.nexuszero.deployment.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexuszero.deployment.support.NexusZeroService;
import io.nexuszero.deployment.support.Repo;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pictures of the docs: the Mermaid diagrams of docs/ARCHITECTURE.md name what the repository has (every Maven
 * module, every service with its app and admin port, every Compose service of the observability stack), and every
 * image a document shows is checked in.
 */
class ArchitectureDiagramTest {

    private static final Pattern MERMAID = Pattern.compile("```mermaid\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private static String diagrams() {
        Matcher blocks = MERMAID.matcher(Repo.read("docs/ARCHITECTURE.md"));
        StringBuilder all = new StringBuilder();
        while (blocks.find()) {
            all.append(blocks.group(1));
        }
        assertThat(all).as("docs/ARCHITECTURE.md has Mermaid diagrams").isNotEmpty();
        return all.toString();
    }

    @Test
    void everyMavenModuleIsANode() {
        List<String> modules = new ArrayList<>();
        Matcher module = MODULE.matcher(Repo.read("pom.xml"));
        while (module.find()) {
            modules.add(module.group(1));
        }
        assertThat(modules).contains("common", "crypto-engine", "deployment-tests");
        String diagrams = diagrams();
        assertThat(modules).allSatisfy(name -> assertThat(diagrams).contains("[\"" + name));
    }

    @Test
    void everyServiceIsShownWithItsPorts() {
        String diagrams = diagrams();
        for (NexusZeroService service : NexusZeroService.all()) {
            assertThat(diagrams).contains("[\"" + service.name() + "<br/>app :" + service.appPort() + " · admin :"
                    + service.adminPort());
        }
    }

    @Test
    void everyComposeServiceIsInTheDiagram() {
        String diagrams = diagrams();
        Iterator<String> names = Repo.yaml("docker-compose.yml").path("services").fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            assertThat(diagrams).as("docker-compose.yml service " + name).contains("[\"" + name);
        }
    }

    @Test
    void everyImageTheDocsShowIsCheckedIn() throws Exception {
        Pattern image = Pattern.compile("!\\[[^\\]]*]\\(([^)\\s]+)\\)");
        List<String> shown = new ArrayList<>();
        for (String doc : List.of("README.md", "docs/API.md", "docs/ARCHITECTURE.md", "docs/DEPLOYMENT.md")) {
            java.nio.file.Path file = Repo.path(doc);
            Matcher matcher = image.matcher(Repo.read(file));
            while (matcher.find()) {
                java.nio.file.Path target = file.getParent().resolve(matcher.group(1)).normalize();
                shown.add(matcher.group(1));
                assertThat(target).as(doc + " shows " + matcher.group(1)).isRegularFile();
                assertThat(java.nio.file.Files.size(target)).as(matcher.group(1)).isGreaterThan(10_000);
            }
        }
        assertThat(shown).as("the status page screenshot is shown").anyMatch(p -> p.endsWith("status-page.png"));
    }
}
