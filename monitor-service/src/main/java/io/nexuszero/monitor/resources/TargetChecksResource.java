package io.nexuszero.monitor.resources;

import io.nexuszero.monitor.api.MonitorErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import io.nexuszero.common.errors.ApiException;
import io.nexuszero.monitor.api.CheckList;
import io.nexuszero.monitor.checks.CheckStore;
import io.nexuszero.monitor.status.StatusBoard;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Tag(name = "status")
@Path("/v1/targets/{name}/checks")
@Produces(MediaType.APPLICATION_JSON)
public class TargetChecksResource {

    private final StatusBoard board;
    private final CheckStore checks;

    public TargetChecksResource(StatusBoard board, CheckStore checks) {
        this.board = board;
        this.checks = checks;
    }

    @Operation(operationId = "targetChecks", summary = "Recent checks of one target, newest first")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "invalid_since, invalid_limit")
    @ApiResponse(responseCode = "404", description = "target_not_found")
    /** Recent results, newest first: at most {@code limit} (1..1000, default 100) at or after {@code since}. */
    @GET
    public CheckList checks(@PathParam("name") String name,
            @Parameter(description = "ISO-8601 timestamp with offset, inclusive") @QueryParam("since") String since,
            @Parameter(description = "1 to 1000, default 100") @QueryParam("limit") String limit) {
        if (!board.isKnownTarget(name)) {
            throw ApiException.notFound(MonitorErrors.TARGET_NOT_FOUND, "No target named '"
                    + (name.length() > 64 ? name.substring(0, 64) + "…" : name) + "' is configured");
        }
        int max = QueryParameters.limit(limit);
        return new CheckList(name, checks.recent(name, QueryParameters.since(since), max).stream()
                .map(Representations::check).toList());
    }
}
