package io.nexuszero.deployment.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.nexuszero.deployment.support.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small stand-in for {@code kubectl kustomize DIR}, so the build is checked where kubectl is not installed: it
 * finds the kustomization file under any of the names kustomize accepts ({@code kustomization.yaml},
 * {@code kustomization.yml}, {@code Kustomization}), loads the listed resources strictly (files, and directories
 * holding a kustomization of their own) and applies the transformations the project uses: JSON 6902
 * {@code patches} with a kind/name target, {@code namespace}, {@code images} (newTag) and {@code replicas}. Any
 * other kustomization field or patch form is refused rather than silently ignored, so the build here never claims
 * more than it checked. Where kubectl is present, the tests compare this build with kubectl's.
 */
public final class Kustomize {

    /** The file names kustomize recognises, in its order of preference. */
    public static final List<String> FILE_NAMES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");
    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "namespace", "resources", "images",
            "replicas", "patches");

    private Kustomize() {
    }

    public record Built(List<HasMetadata> objects, List<String> resourceFiles) {
    }

    /** Builds a directory relative to the repository root, e.g. {@code k8s} or {@code overlays/staging}. */
    public static Built build(String directory) {
        Path dir = Repo.path(directory);
        List<String> files = new ArrayList<>();
        List<ObjectNode> docs = load(dir, files);
        List<HasMetadata> objects = new ArrayList<>();
        for (ObjectNode doc : docs) {
            objects.add(StrictKubernetes.parse(doc, directory + " (kustomize build)"));
        }
        return new Built(objects, files);
    }

    /** The kustomization file of a directory (exactly one of the recognised names). */
    public static Path kustomizationFile(Path dir) {
        List<Path> found = FILE_NAMES.stream().map(dir::resolve).filter(Files::isRegularFile).toList();
        if (found.size() != 1) {
            throw new AssertionError(dir + ": expected one kustomization file (" + FILE_NAMES + "), found " + found);
        }
        return found.get(0);
    }

    private static List<ObjectNode> load(Path dir, List<String> topLevelFiles) {
        Path file = kustomizationFile(dir);
        String origin = Repo.root().relativize(file).toString();
        JsonNode kustomization = Repo.yamlDocuments(Repo.read(file)).get(0);
        for (Iterator<String> it = kustomization.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!SUPPORTED.contains(field)) {
                throw new AssertionError(origin + ": field '" + field + "' is not supported by this build check;"
                        + " extend " + Kustomize.class.getSimpleName() + " (supported: " + SUPPORTED + ")");
            }
        }
        if (!"kustomize.config.k8s.io/v1beta1".equals(kustomization.path("apiVersion").asText())
                || !"Kustomization".equals(kustomization.path("kind").asText())) {
            throw new AssertionError(origin + ": apiVersion/kind must be kustomize.config.k8s.io/v1beta1 Kustomization");
        }
        List<ObjectNode> docs = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path target = dir.resolve(resource.asText()).normalize();
            if (Files.isDirectory(target)) {
                if (dir.startsWith(target)) {
                    throw new AssertionError(origin + ": resource " + resource.asText()
                            + " contains this kustomization (kustomize refuses the cycle)");
                }
                docs.addAll(load(target, new ArrayList<>()));
            } else if (Files.isRegularFile(target)) {
                if (!target.startsWith(dir)) {
                    throw new AssertionError(origin + ": file " + resource.asText()
                            + " is outside the kustomization's folder (kustomize's load restrictor refuses it)");
                }
                topLevelFiles.add(resource.asText());
                for (JsonNode doc : Repo.yamlDocuments(Repo.read(target))) {
                    docs.add((ObjectNode) doc);
                }
            } else {
                throw new AssertionError(origin + " lists " + resource.asText() + ", which does not exist");
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(patch, docs, origin);
        }
        String namespace = kustomization.path("namespace").asText(null);
        if (namespace != null) {
            for (ObjectNode doc : docs) {
                if (!"Namespace".equals(doc.path("kind").asText())) {
                    ((ObjectNode) doc.path("metadata")).put("namespace", namespace);
                }
            }
        }
        Map<String, String> newTags = new HashMap<>();
        for (JsonNode image : kustomization.path("images")) {
            for (Iterator<String> it = image.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!Set.of("name", "newTag").contains(field)) {
                    throw new AssertionError(origin + ": images field '" + field + "' is not supported (name, newTag)");
                }
            }
            newTags.put(image.path("name").asText(), image.path("newTag").asText());
        }
        for (ObjectNode doc : docs) {
            if ("Deployment".equals(doc.path("kind").asText())) {
                for (JsonNode container : doc.at("/spec/template/spec/containers")) {
                    ((ObjectNode) container).put("image", retag(container.path("image").asText(), newTags));
                }
            }
        }
        for (JsonNode replicas : kustomization.path("replicas")) {
            ObjectNode deployment = docs.stream()
                    .filter(d -> "Deployment".equals(d.path("kind").asText()))
                    .filter(d -> replicas.path("name").asText().equals(d.at("/metadata/name").asText()))
                    .findFirst().orElseThrow(() -> new AssertionError(origin + ": replicas for "
                            + replicas.path("name").asText() + ", which is no Deployment here"));
            ((ObjectNode) deployment.path("spec")).put("replicas", replicas.path("count").asInt());
        }
        return docs;
    }

    /** A JSON 6902 patch (a YAML list of add/replace/remove operations) on every object its target selects. */
    private static void applyPatch(JsonNode patch, List<ObjectNode> docs, String origin) {
        JsonNode target = patch.path("target");
        for (Iterator<String> it = target.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!Set.of("kind", "name").contains(field)) {
                throw new AssertionError(origin + ": patch target field '" + field + "' is not supported (kind, name)");
            }
        }
        if (!patch.has("patch") || patch.has("path")) {
            throw new AssertionError(origin + ": only inline patches (patch: |- ...) are supported");
        }
        List<com.fasterxml.jackson.databind.JsonNode> parsed = Repo.yamlDocuments(patch.path("patch").asText());
        if (parsed.size() != 1 || !parsed.get(0).isArray()) {
            throw new AssertionError(origin + ": only JSON 6902 patches (a list of operations) are supported");
        }
        int matched = 0;
        for (ObjectNode doc : docs) {
            boolean kind = !target.has("kind") || target.path("kind").asText().equals(doc.path("kind").asText());
            boolean name = !target.has("name") || target.path("name").asText().equals(doc.at("/metadata/name").asText());
            if (kind && name) {
                matched++;
                String what = origin + ": patch on " + doc.path("kind").asText() + "/" + doc.at("/metadata/name").asText();
                for (JsonNode op : parsed.get(0)) {
                    operate(doc, op, what);
                }
            }
        }
        if (matched == 0) {
            throw new AssertionError(origin + ": patch target " + target + " selects nothing");
        }
    }

    private static void operate(ObjectNode doc, JsonNode op, String what) {
        String path = op.path("path").asText();
        if (!path.startsWith("/")) {
            throw new AssertionError(what + ": path '" + path + "' is not a JSON pointer");
        }
        int slash = path.lastIndexOf('/');
        JsonNode parent = path.substring(0, slash).isEmpty() ? doc : doc.at(path.substring(0, slash));
        String key = path.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        String kind = op.path("op").asText();
        if (parent.isMissingNode()) {
            throw new AssertionError(what + ": " + kind + " " + path + ": the parent does not exist");
        }
        JsonNode value = op.get("value");
        if (parent instanceof ObjectNode object) {
            boolean exists = object.has(key);
            switch (kind) {
                case "add" -> object.set(key, value);
                case "replace" -> {
                    if (!exists) {
                        throw new AssertionError(what + ": replace " + path + ": nothing there to replace");
                    }
                    object.set(key, value);
                }
                case "remove" -> {
                    if (!exists) {
                        throw new AssertionError(what + ": remove " + path + ": nothing there to remove");
                    }
                    object.remove(key);
                }
                default -> throw new AssertionError(what + ": op '" + kind + "' is not supported (add, replace, remove)");
            }
        } else if (parent instanceof ArrayNode array) {
            int index = key.equals("-") ? array.size() : Integer.parseInt(key);
            switch (kind) {
                case "add" -> array.insert(index, value);
                case "replace" -> {
                    if (index >= array.size()) {
                        throw new AssertionError(what + ": replace " + path + ": index out of range");
                    }
                    array.set(index, value);
                }
                case "remove" -> array.remove(index);
                default -> throw new AssertionError(what + ": op '" + kind + "' is not supported (add, replace, remove)");
            }
        } else {
            throw new AssertionError(what + ": " + path + ": the parent is neither an object nor a list");
        }
    }

    static String retag(String image, Map<String, String> newTags) {
        int colon = image.lastIndexOf(':');
        String name = colon > image.lastIndexOf('/') ? image.substring(0, colon) : image;
        String tag = newTags.get(name);
        return tag == null ? image : name + ":" + tag;
    }
}
