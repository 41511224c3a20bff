package io.nexuszero.deployment.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.nexuszero.common.testing.OpenApiContract;
import io.nexuszero.deployment.support.NexusZeroService;
import io.nexuszero.deployment.support.Repo;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/API.md in step with the OpenAPI documents (which each service's contract test holds equal to what it
 * serves): every route is described, every error code an operation names is in an error table, and crypto-service's
 * access table lists every route, locked exactly where the document requires a bearer token.
 */
class ApiDocumentationTest {

    private final String api = Repo.read("docs/API.md");

    @Test
    void everyRouteOfEveryServiceIsDescribed() {
        for (NexusZeroService service : NexusZeroService.all()) {
            for (String route : OpenApiContract.documentRoutes(document(service))) {
                assertThat(mentions(api, route)).as("docs/API.md describes " + service.name() + " " + route).isTrue();
            }
        }
    }

    @Test
    void everyErrorCodeOfTheDocumentsIsExplained() {
        for (NexusZeroService service : NexusZeroService.all()) {
            Set<String> codes = new TreeSet<>();
            operations(document(service)).forEach(operation -> operation.path("responses").fields()
                    .forEachRemaining(response -> {
                        if (response.getKey().matches("[45]\\d\\d")) {
                            for (String code : response.getValue().path("description").asText().split(",")) {
                                codes.add(code.strip());
                            }
                        }
                    }));
            assertThat(codes).as(service.name()).contains("internal_error").allSatisfy(code ->
                    assertThat(api).as(service.name() + " error code " + code).contains("`" + code + "`"));
        }
    }

    @Test
    void cryptoServicesAccessTableListsEveryRouteWithItsLock() {
        String table = api.substring(api.indexOf("### Access"), api.indexOf("### Keys without state"));
        JsonNode document = document(NexusZeroService.CRYPTO);
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String route = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
            String row = table.lines().filter(line -> line.startsWith("|") && mentions(line, route)).findFirst()
                    .orElseThrow(() -> new AssertionError("the access table has no row for " + route));
            boolean bearer = op.getValue().path("security").findValues("bearer").size() > 0;
            assertThat(row.contains("🔒")).as(route + ": 🔒 in docs/API.md iff the document requires a token")
                    .isEqualTo(bearer);
        }));
    }

    /** "GET /v1/keys/{keyId}" as a whole route: "GET /" must not match "GET /v1/...". */
    private static boolean mentions(String text, String route) {
        return Pattern.compile(Pattern.quote(route) + "(?![A-Za-z0-9/{_.-])").matcher(text).find();
    }

    private static JsonNode document(NexusZeroService service) {
        return Repo.json("docs/openapi/" + service.name() + ".json");
    }

    private static List<JsonNode> operations(JsonNode document) {
        List<JsonNode> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            paths.next().getValue().forEach(operations::add);
        }
        return operations;
    }
}
