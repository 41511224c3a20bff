package io.nexuszero.common.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.nexuszero.common.errors.ErrorResponse;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The OpenAPI 3.1 document of a service, read by swagger-core from its JAX-RS resource classes (their
 * {@code @Operation}/{@code @ApiResponse} annotations and the records they take and return), then completed with what
 * every resource shares and no annotation says: the {@link ErrorResponse} schema on every error response, and the
 * errors the framework itself answers (bad JSON, body size, media type, bugs) on every operation they apply to.
 *
 * <p>Rendered with sorted map keys so the same resources always give the same bytes: the checked-in copies in
 * {@code docs/openapi/} are compared with the served document byte for byte.
 */
public final class OpenApiDocument {

    /** Where the error body schema lives; annotations may reference it as {@code ref = ERROR_SCHEMA_REF}. */
    public static final String ERROR_SCHEMA_REF = "#/components/schemas/ErrorResponse";

    /** Codes the shared exception mappers answer for any operation that reads a JSON body. */
    static final List<SharedError> BODY_ERRORS = List.of(
            new SharedError("400", "malformed_json, invalid_type, invalid_value, unknown_field"),
            new SharedError("413", "payload_too_large"),
            new SharedError("415", "unsupported_media_type"));
    /** ... and for every operation: an Accept header it cannot serve, and a bug. */
    static final List<SharedError> ALWAYS = List.of(
            new SharedError("406", "not_acceptable"),
            new SharedError("500", "internal_error"));

    private static final ObjectMapper RENDERER = Json31.mapper().copy()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private OpenApiDocument() {
    }

    /** The document of these resource classes (those without {@code @Path} are skipped), as pretty JSON. */
    public static String render(String title, String description, Collection<Class<?>> classes) {
        try {
            return RENDERER.writeValueAsString(build(title, description, classes)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("OpenAPI document of " + title + " does not render", e);
        }
    }

    static OpenAPI build(String title, String description, Collection<Class<?>> classes) {
        OpenAPI base = new OpenAPI(io.swagger.v3.oas.models.SpecVersion.V31).openapi("3.1.0")
                .info(new Info().title(title).description(description).version("v1"))
                // Relative to the document: wherever /openapi.json is served from is the API's root.
                .servers(List.of(new io.swagger.v3.oas.models.servers.Server().url("/")));
        SwaggerConfiguration configuration = new SwaggerConfiguration().openAPI(base).openAPI31(true)
                .readAllResources(true)
                // The return type's schema goes under 200, not "default": a generated client then decodes it.
                // Methods that annotate their responses name the success one with useReturnTypeSchema = true.
                .defaultResponseCode("200");
        // Sorted by name: the reader's output (first-seen schema names, tags) must not depend on registration order.
        Set<Class<?>> resources = classes.stream().filter(c -> c.isAnnotationPresent(Path.class))
                .sorted(Comparator.comparing(Class::getName))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        OpenAPI api = new Reader(configuration).read(resources);
        api.setPaths(sortedPaths(api));
        addErrorSchema(api);
        api.getPaths().values().forEach(item -> item.readOperationsMap().values()
                .forEach(operation -> {
                    completeSuccess(operation);
                    completeErrors(operation);
                }));
        dropUnreferencedSchemas(api);
        return api;
    }

    private static final java.util.regex.Pattern SCHEMA_REF =
            java.util.regex.Pattern.compile("\"#/components/schemas/([^\"]+)\"");

    /**
     * The reader also models return types an annotation replaced (the status page's view object): keep only the
     * schemas the operations reach, so the document describes the wire, not our classes.
     */
    @SuppressWarnings("rawtypes")
    private static void dropUnreferencedSchemas(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Set<String> reached = new TreeSet<>();
        java.util.Deque<String> json = new java.util.ArrayDeque<>(List.of(write(api.getPaths())));
        while (!json.isEmpty()) {
            java.util.regex.Matcher matcher = SCHEMA_REF.matcher(json.pop());
            while (matcher.find()) {
                if (reached.add(matcher.group(1)) && schemas.containsKey(matcher.group(1))) {
                    json.push(write(schemas.get(matcher.group(1))));
                }
            }
        }
        schemas.keySet().retainAll(reached);
    }

    private static String write(Object value) {
        try {
            return RENDERER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static io.swagger.v3.oas.models.Paths sortedPaths(OpenAPI api) {
        io.swagger.v3.oas.models.Paths sorted = new io.swagger.v3.oas.models.Paths();
        new TreeMap<>(api.getPaths() == null ? Map.<String, PathItem>of() : api.getPaths())
                .forEach(sorted::addPathItem);
        return sorted;
    }

    private static void addErrorSchema(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        @SuppressWarnings("rawtypes")
        Map<String, Schema> schemas = ModelConverters.getInstance(true).readAll(ErrorResponse.class);
        schemas.forEach(api.getComponents()::addSchemas);
    }

    /** The reader's "default response" for the return type, unannotated, says nothing: a plain "OK" reads better. */
    private static void completeSuccess(Operation operation) {
        if (operation.getResponses() != null) {
            operation.getResponses().values().stream()
                    .filter(response -> Reader.DEFAULT_DESCRIPTION.equals(response.getDescription()))
                    .forEach(response -> response.setDescription("OK"));
        }
    }

    /** Error responses get the error body schema; the framework's own errors are added where they apply. */
    private static void completeErrors(Operation operation) {
        if (operation.getSecurity() == null) {
            // Stated, not implied: an operation without a requirement is public (an empty requirement = anonymous).
            operation.setSecurity(List.of(new io.swagger.v3.oas.models.security.SecurityRequirement()));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        List<SharedError> shared = new ArrayList<>();
        if (operation.getRequestBody() != null) {
            shared.addAll(BODY_ERRORS);
        }
        shared.addAll(ALWAYS);
        for (SharedError error : shared) {
            ApiResponse response = responses.get(error.status());
            if (response == null) {
                responses.addApiResponse(error.status(), new ApiResponse().description(error.codes()));
            } else {
                response.setDescription(mergeCodes(response.getDescription(), error.codes()));
            }
        }
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(new Content().addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                        new MediaType().schema(new Schema<>().$ref(ERROR_SCHEMA_REF))));
            }
        });
        ApiResponses sorted = new ApiResponses();
        new TreeMap<>(responses).forEach(sorted::addApiResponse);
        operation.setResponses(sorted);
    }

    /** "a, b" + "b, c" = "a, b, c": the codes an operation answers with one status, each once. */
    static String mergeCodes(String annotated, String sharedCodes) {
        Set<String> codes = new TreeSet<>();
        for (String list : new String[] {annotated, sharedCodes}) {
            if (list != null) {
                for (String code : list.split(",")) {
                    if (!code.isBlank()) {
                        codes.add(code.strip());
                    }
                }
            }
        }
        return String.join(", ", codes);
    }

    /** Errors answered by common's exception mappers rather than by a resource: status and the codes. */
    record SharedError(String status, String codes) {
    }
}
