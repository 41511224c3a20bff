package io.nexuszero.deployment.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.nexuszero.deployment.support.NexusZeroService;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Look-ups over the built Kubernetes objects. */
public record Manifests(List<HasMetadata> objects) {

    private static final java.util.Map<String, Kustomize.Built> CACHE = new java.util.HashMap<>();

    /** k8s/ (the base) built once per test JVM. */
    public static Manifests load() {
        return load("k8s");
    }

    /** A kustomization (k8s, k8s/monitoring, overlays/staging, ...) built once per test JVM. */
    public static synchronized Manifests load(String directory) {
        return new Manifests(CACHE.computeIfAbsent(directory, Kustomize::build).objects());
    }

    public <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst();
    }

    public <T extends HasMetadata> T get(Class<T> type, String name) {
        return find(type, name).orElseThrow(() ->
                new AssertionError("k8s/: no " + type.getSimpleName() + " named " + name));
    }

    public Deployment deployment(NexusZeroService service) {
        return get(Deployment.class, service.name());
    }

    public static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        if (containers.size() != 1) {
            throw new AssertionError(deployment.getMetadata().getName() + ": expected one container, found " + containers.size());
        }
        return containers.get(0);
    }

    /** A container port given by number or by name, resolved to its number. */
    public static int resolvePort(Container container, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream()
                .filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort)
                .findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + ": no container port named " + port.getStrVal()));
    }

    /** Whether a label selector (matchLabels only) selects the given labels. */
    public static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels != null
                && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
