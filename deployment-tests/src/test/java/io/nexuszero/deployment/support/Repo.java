package io.nexuszero.deployment.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The repository's files, read the way the tools that consume them read them. */
public final class Repo {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Repo() {
    }

    /** The repository root: surefire passes it; running from the module folder works too. */
    public static Path root() {
        String configured = System.getProperty("nexuszero.root");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        root = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("docker-compose.yml"))) {
            throw new IllegalStateException("not the repository root (no docker-compose.yml): " + root);
        }
        return root;
    }

    public static Path path(String relative) {
        return root().resolve(relative);
    }

    public static String read(String relative) {
        return read(path(relative));
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One YAML document as a JSON tree. SnakeYAML rather than Jackson's YAML parser, because compose
     * files use anchors and merge keys ({@code <<: *x}), which SnakeYAML resolves as Compose does.
     */
    public static JsonNode yaml(String relative) {
        List<JsonNode> docs = yamlDocuments(read(relative));
        if (docs.size() != 1) {
            throw new IllegalStateException(relative + ": expected one YAML document, found " + docs.size());
        }
        return docs.get(0);
    }

    /** Every document of a multi-document YAML text, empty documents left out. */
    public static List<JsonNode> yamlDocuments(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        List<JsonNode> docs = new ArrayList<>();
        for (Object doc : yaml.loadAll(text)) {
            if (doc != null) {
                docs.add(JSON.valueToTree(doc));
            }
        }
        return docs;
    }

    public static JsonNode json(String relative) {
        try {
            return JSON.readTree(read(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(relative, e);
        }
    }

    public static ObjectMapper jsonMapper() {
        return JSON;
    }
}
