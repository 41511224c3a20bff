package io.nexuszero.deployment.kubernetes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses Kubernetes documents into fabric8's typed API model and rejects anything the API would not
 * know. fabric8's model classes keep unknown fields in an "additionalProperties" map instead of
 * failing, so after binding, every model object in the graph is visited and any non-empty
 * additionalProperties is reported with its path (for example
 * {@code Deployment/crypto-service: .spec.template.spec.containers[0].livenessProbe: unknown field(s) [httpGett]}).
 * A kind the model does not know comes back as GenericKubernetesResource and is rejected too.
 */
public final class StrictKubernetes {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private StrictKubernetes() {
    }

    /** One document; throws with every problem found. */
    public static HasMetadata parse(JsonNode document, String origin) {
        KubernetesResource resource;
        try {
            resource = MAPPER.treeToValue(document, KubernetesResource.class);
        } catch (Exception e) {
            throw new AssertionError(origin + ": does not bind to the Kubernetes API model: " + e.getMessage(), e);
        }
        if (resource instanceof GenericKubernetesResource generic) {
            throw new AssertionError(origin + ": unknown apiVersion/kind " + generic.getApiVersion() + "/" + generic.getKind());
        }
        if (!(resource instanceof HasMetadata object)) {
            throw new AssertionError(origin + ": not a Kubernetes object: " + resource.getClass().getSimpleName());
        }
        List<String> problems = new ArrayList<>();
        visit(object, "", problems, new IdentityHashMap<>());
        if (!problems.isEmpty()) {
            throw new AssertionError(origin + " (" + object.getKind() + "/" + object.getMetadata().getName() + "): "
                    + String.join("; ", problems));
        }
        return object;
    }

    private static void visit(Object value, String path, List<String> problems, Map<Object, Boolean> seen) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                visit(item, path + "[" + i++ + "]", problems, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> visit(v, path + "." + k, problems, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class || !getter.getName().startsWith("get")) {
                continue;
            }
            Object child = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add((path.isEmpty() ? "." : path) + ": unknown field(s) " + extra.keySet());
                }
                continue;
            }
            String property = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            visit(child, path + "." + property, problems, seen);
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }
}
