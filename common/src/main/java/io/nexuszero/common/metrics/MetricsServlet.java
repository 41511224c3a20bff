package io.nexuszero.common.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code GET /metrics} on the admin port: Micrometer's scrape in the format the scraper's {@code Accept} header asks
 * for (OpenMetrics when Prometheus asks for it, the classic text format 0.0.4 otherwise), as Prometheus' own client
 * negotiates it.
 */
public class MetricsServlet extends HttpServlet {

    private final transient PrometheusMeterRegistry registry;
    private final transient ExpositionFormats formats = ExpositionFormats.init();

    public MetricsServlet(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String contentType = formats.findWriter(request.getHeader("Accept")).getContentType();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        response.setHeader("Cache-Control", "no-store");
        try (OutputStream body = response.getOutputStream()) {
            registry.scrape(body, contentType);
        }
    }
}
