package io.nexuszero.monitor.resources;

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

@Path("/v1/targets/{name}/checks")
@Produces(MediaType.APPLICATION_JSON)
public class TargetChecksResource {

    private final StatusBoard board;
    private final CheckStore checks;

    public TargetChecksResource(StatusBoard board, CheckStore checks) {
        this.board = board;
        this.checks = checks;
    }

    /** Recent results, newest first: at most {@code limit} (1..1000, default 100) at or after {@code since}. */
    @GET
    public CheckList checks(@PathParam("name") String name, @QueryParam("since") String since,
                            @QueryParam("limit") String limit) {
        if (!board.isKnownTarget(name)) {
            throw ApiException.notFound("target_not_found", "No target named '"
                    + (name.length() > 64 ? name.substring(0, 64) + "…" : name) + "' is configured");
        }
        int max = QueryParameters.limit(limit);
        return new CheckList(name, checks.recent(name, QueryParameters.since(since), max).stream()
                .map(Representations::check).toList());
    }
}
