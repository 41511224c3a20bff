package io.nexuszero.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Holds a service's OpenAPI document to what Jersey serves and to its checked-in copy in {@code docs/openapi/}.
 *
 * <p>To regenerate the checked-in copies after changing a resource, run the services' contract tests with
 * {@code -Dopenapi.write=true} (see docs/API.md, "OpenAPI", for the command): they then write the served document
 * instead of comparing.
 */
public final class OpenApiContract {

    /** System property that turns the comparison into writing the checked-in copy. */
    public static final String WRITE_PROPERTY = "openapi.write";

    private OpenApiContract() {
    }

    /** {@code docs/openapi/<service>.json}, found from the module directory or the repository root. */
    public static java.nio.file.Path checkedIn(String serviceName) {
        for (java.nio.file.Path dir = java.nio.file.Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/openapi"))) {
                return dir.resolve("docs/openapi/" + serviceName + ".json");
            }
        }
        throw new IllegalStateException("docs/openapi/ not found above " + java.nio.file.Path.of("").toAbsolutePath());
    }

    /** Every "METHOD /path" Jersey serves from the registered resources, read by Jersey's own resource model. */
    public static Set<String> jerseyRoutes(ResourceConfig jersey) {
        List<Class<?>> classes = new ArrayList<>(jersey.getClasses());
        jersey.getInstances().forEach(instance -> classes.add(instance.getClass()));
        Set<String> routes = new TreeSet<>();
        for (Class<?> type : classes) {
            if (type.isAnnotationPresent(Path.class)) {
                collect(Resource.from(type), "", routes);
            }
        }
        return routes;
    }

    private static void collect(Resource resource, String parent, Set<String> routes) {
        String path = normalise(parent + "/" + resource.getPath());
        if (resource.getResourceLocator() != null) {
            throw new IllegalStateException(path + " is a sub-resource locator: its routes are only known at run time");
        }
        for (ResourceMethod method : resource.getResourceMethods()) {
            routes.add(method.getHttpMethod() + " " + path);
        }
        for (Resource child : resource.getChildResources()) {
            collect(child, path, routes);
        }
    }

    /** "/v1//keys/{keyId: [a-z]+}/" → "/v1/keys/{keyId}". */
    static String normalise(String path) {
        String plain = path.replaceAll("\\{\\s*([^}:\\s]+)\\s*(:[^}]*)?}", "{$1}").replaceAll("/+", "/");
        return plain.length() > 1 && plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }

    /** Every "METHOD /path" the OpenAPI document describes. */
    public static Set<String> documentRoutes(JsonNode document) {
        Set<String> routes = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> {
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (HTTP_METHODS.contains(method)) {
                    routes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        });
        return routes;
    }

    private static final Collection<String> HTTP_METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** The checked-in copy, or (with {@code -Dopenapi.write=true}) writes {@code served} there and returns it. */
    public static String checkedInOrWrite(java.nio.file.Path file, String served) {
        try {
            if (Boolean.getBoolean(WRITE_PROPERTY)) {
                Files.writeString(file, served, StandardCharsets.UTF_8);
                return served;
            }
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(file + " is missing; run the contract test with -D" + WRITE_PROPERTY
                        + "=true to write it");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
