package io.nexuszero.deployment.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
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
 * A small stand-in for {@code kubectl kustomize k8s/} (kubectl/kustomize are not packaged for the
 * machines CI runs on): it reads kustomization.yaml, loads the listed resources strictly and applies
 * the two transformations the project uses, {@code namespace} and {@code images}. Any other
 * kustomization field is refused rather than silently ignored, so the build here never claims more
 * than it checked. Where kubectl is present, KubernetesManifestsTest compares this build with kubectl's.
 */
public final class Kustomize {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "namespace", "resources", "images");

    private Kustomize() {
    }

    public record Built(List<HasMetadata> objects, List<String> resourceFiles) {
    }

    public static Built build(String directory) {
        Path dir = Repo.path(directory);
        JsonNode kustomization = Repo.yaml(directory + "/kustomization.yaml");
        for (Iterator<String> it = kustomization.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!SUPPORTED.contains(field)) {
                throw new AssertionError("kustomization.yaml: field '" + field + "' is not supported by this build check;"
                        + " extend " + Kustomize.class.getSimpleName() + " (supported: " + SUPPORTED + ")");
            }
        }
        if (!"kustomize.config.k8s.io/v1beta1".equals(kustomization.path("apiVersion").asText())
                || !"Kustomization".equals(kustomization.path("kind").asText())) {
            throw new AssertionError("kustomization.yaml: apiVersion/kind must be kustomize.config.k8s.io/v1beta1 Kustomization");
        }
        String namespace = kustomization.path("namespace").asText(null);
        Map<String, String> newTags = new HashMap<>();
        for (JsonNode image : kustomization.path("images")) {
            newTags.put(image.path("name").asText(), image.path("newTag").asText());
        }
        List<HasMetadata> objects = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            String file = resource.asText();
            if (!Files.isRegularFile(dir.resolve(file))) {
                throw new AssertionError("kustomization.yaml lists " + file + ", which does not exist");
            }
            files.add(file);
            for (JsonNode doc : Repo.yamlDocuments(Repo.read(dir.resolve(file)))) {
                if (namespace != null && !"Namespace".equals(doc.path("kind").asText())) {
                    ((ObjectNode) doc.path("metadata")).put("namespace", namespace);
                }
                HasMetadata object = StrictKubernetes.parse(doc, directory + "/" + file);
                retag(object, newTags);
                objects.add(object);
            }
        }
        return new Built(objects, files);
    }

    private static void retag(HasMetadata object, Map<String, String> newTags) {
        if (object instanceof Deployment deployment) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            pod.getContainers().forEach(c -> c.setImage(retag(c.getImage(), newTags)));
        }
    }

    static String retag(String image, Map<String, String> newTags) {
        int colon = image.lastIndexOf(':');
        String name = colon > image.lastIndexOf('/') ? image.substring(0, colon) : image;
        String tag = newTags.get(name);
        return tag == null ? image : name + ":" + tag;
    }
}
