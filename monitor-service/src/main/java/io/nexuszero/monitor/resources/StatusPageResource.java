package io.nexuszero.monitor.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.nexuszero.monitor.views.StatusPageFactory;
import io.nexuszero.monitor.views.StatusPageView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /}: the human status page (server-rendered HTML, refreshes itself, no JavaScript). */
@Tag(name = "status")
@Path("/")
public class StatusPageResource {

    private final StatusPageFactory pages;

    public StatusPageResource(StatusPageFactory pages) {
        this.pages = pages;
    }

    @Operation(operationId = "statusPage", summary = "The status page (server-rendered HTML)")
    @ApiResponse(responseCode = "200", description = "HTML, refreshed by a meta refresh",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(types = "string")))
    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public StatusPageView page() {
        return pages.page();
    }
}
