package io.nexuszero.deployment.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.nexuszero.deployment.support.Repo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What {@code kubectl apply -f DIR} reads, by kubectl's own rules (k8s.io/cli-runtime, resource.FileVisitorForSTDIN /
 * ExpandPathsToFileVisitors): without {@code -R} only the directory's own entries, only files whose name ends in
 * {@code .json}, {@code .yaml} or {@code .yml} (any other name, e.g. {@code Kustomization}, is skipped), visited in
 * lexical byte order of their names (filepath.Walk), every document of a file in file order. Each document must
 * then be a cluster object kubectl can send - a kustomization.yaml here would fail the whole apply.
 */
public final class KubectlApplyDirectory {

    static final List<String> EXTENSIONS = List.of(".json", ".yaml", ".yml");

    private KubectlApplyDirectory() {
    }

    public record Applied(String file, HasMetadata object) {
    }

    /** The files kubectl reads from {@code dir}, in the order it reads them. */
    public static List<Path> files(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> EXTENSIONS.stream().anyMatch(e -> p.getFileName().toString().endsWith(e)))
                    // Go compares names byte by byte (UTF-8), which is not Java's String order for every name.
                    .sorted(Comparator.comparing(p -> p.getFileName().toString().getBytes(StandardCharsets.UTF_8),
                            java.util.Arrays::compareUnsigned))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every object {@code kubectl apply -f dir} would send, in order; throws on a document that is no object. */
    public static List<Applied> objects(Path dir) {
        List<Applied> applied = new ArrayList<>();
        for (Path file : files(dir)) {
            String name = Repo.root().relativize(file.toAbsolutePath().normalize()).toString();
            String text = Repo.read(file);
            List<JsonNode> docs = file.toString().toLowerCase(Locale.ROOT).endsWith(".json")
                    ? List.of(readJson(text, name)) : Repo.yamlDocuments(text);
            for (JsonNode doc : docs) {
                applied.add(new Applied(name, StrictKubernetes.parse(doc, name)));
            }
        }
        return applied;
    }

    private static JsonNode readJson(String text, String name) {
        try {
            return Repo.jsonMapper().readTree(text);
        } catch (IOException e) {
            throw new AssertionError(name + ": not JSON", e);
        }
    }
}
