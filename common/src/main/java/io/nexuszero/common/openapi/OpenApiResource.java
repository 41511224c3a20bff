package io.nexuszero.common.openapi;

import io.dropwizard.core.setup.Environment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * {@code GET /openapi.json} on the application port, public: the service's OpenAPI 3.1 document, generated from every
 * resource registered with Jersey (this one included). Built once, when the server has started, so every
 * registration of {@code Application.run} is in it; a service whose annotations do not render fails at startup.
 */
@Path("/openapi.json")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contract")
public class OpenApiResource {

    private final Supplier<String> document;

    OpenApiResource(Supplier<String> document) {
        this.document = document;
    }

    /** The one line a service adds to {@code run}: its title and a sentence on what it does. */
    public static void register(Environment environment, String title, String description) {
        ResourceConfig jersey = environment.jersey().getResourceConfig();
        Document document = new Document(() -> OpenApiDocument.render(title, description, resourceClasses(jersey)));
        environment.jersey().register(new OpenApiResource(document));
        environment.lifecycle().addServerLifecycleListener(server -> document.get());
    }

    /** Registered classes and the classes of registered instances: Jersey serves both. */
    static List<Class<?>> resourceClasses(ResourceConfig jersey) {
        List<Class<?>> classes = new ArrayList<>(jersey.getClasses());
        jersey.getInstances().forEach(instance -> classes.add(instance.getClass()));
        return classes;
    }

    @GET
    @Operation(operationId = "openApiDocument", summary = "This service's OpenAPI 3.1 document",
            responses = @ApiResponse(responseCode = "200", description = "The document (docs/openapi/ holds a copy)",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(types = "object", description = "OpenAPI 3.1 document"))))
    public String document() {
        return document.get();
    }

    /** Rendered on first use and kept: the resources do not change once the server runs. */
    private static final class Document implements Supplier<String> {
        private final Supplier<String> render;
        private volatile String rendered;

        Document(Supplier<String> render) {
            this.render = render;
        }

        @Override
        public String get() {
            String value = rendered;
            if (value == null) {
                synchronized (this) {
                    if (rendered == null) {
                        rendered = render.get();
                    }
                    value = rendered;
                }
            }
            return value;
        }
    }
}
