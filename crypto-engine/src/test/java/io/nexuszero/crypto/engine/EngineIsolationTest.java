package io.nexuszero.crypto.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine is a plain-Java library: no class under io.nexuszero.crypto.engine may refer to Dropwizard, Jakarta,
 * Jackson or Jersey. Scans the source files (imports and fully-qualified names alike).
 */
class EngineIsolationTest {

    private static final Path ENGINE_SOURCES = Path.of("src/main/java/io/nexuszero/crypto/engine");
    private static final Pattern FORBIDDEN =
        Pattern.compile("\\b(io\\.dropwizard|jakarta\\.|javax\\.ws\\.|com\\.fasterxml|org\\.glassfish)");

    @Test
    void engineSourcesDoNotReferenceFrameworkPackages() throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(ENGINE_SOURCES)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("engine sources found (working directory must be the module)").hasSizeGreaterThan(30);
        List<String> violations = new ArrayList<>();
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = FORBIDDEN.matcher(lines.get(i));
                if (m.find()) {
                    violations.add(ENGINE_SOURCES.relativize(source) + ":" + (i + 1) + " refers to " + m.group(1));
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void detectorRecognisesForbiddenReferences() {
        assertThat(FORBIDDEN.matcher("import io.dropwizard.core.Application;").find()).isTrue();
        assertThat(FORBIDDEN.matcher("import static com.fasterxml.jackson.X.y;").find()).isTrue();
        assertThat(FORBIDDEN.matcher("private jakarta.ws.rs.core.Response r;").find()).isTrue();
        assertThat(FORBIDDEN.matcher("import org.glassfish.jersey.X;").find()).isTrue();
        assertThat(FORBIDDEN.matcher("import org.bouncycastle.crypto.digests.SHAKEDigest;").find()).isFalse();
        assertThat(FORBIDDEN.matcher("import javax.security.auth.Destroyable;").find()).isFalse();
    }
}
