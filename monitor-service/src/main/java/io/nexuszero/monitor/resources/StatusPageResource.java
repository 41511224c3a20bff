package io.nexuszero.monitor.resources;

import io.nexuszero.monitor.views.StatusPageFactory;
import io.nexuszero.monitor.views.StatusPageView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /}: the human status page (server-rendered HTML, refreshes itself, no JavaScript). */
@Path("/")
public class StatusPageResource {

    private final StatusPageFactory pages;

    public StatusPageResource(StatusPageFactory pages) {
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public StatusPageView page() {
        return pages.page();
    }
}
