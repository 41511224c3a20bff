package io.nexuszero.common.health;

import com.codahale.metrics.health.HealthCheck;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/** {@code GET /ready} on the admin port: 200 when ready, 503 when a check fails or while draining. */
public class ReadinessServlet extends HttpServlet {

    private final transient Readiness readiness;
    private final transient ObjectMapper mapper;

    public ReadinessServlet(Readiness readiness, ObjectMapper mapper) {
        this.readiness = readiness;
        this.mapper = mapper;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean draining = readiness.isShuttingDown();
        SortedMap<String, HealthCheck.Result> results = draining ? new java.util.TreeMap<>() : readiness.check();
        Map<String, String> checks = new LinkedHashMap<>();
        boolean healthy = true;
        for (Map.Entry<String, HealthCheck.Result> entry : results.entrySet()) {
            boolean ok = entry.getValue().isHealthy();
            healthy &= ok;
            checks.put(entry.getKey(), ok ? "healthy" : "unhealthy");
        }
        boolean ready = healthy && !draining;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ready", ready);
        if (draining) {
            body.put("reason", "shutting down");
        }
        body.put("checks", checks);
        response.setStatus(ready ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        mapper.writeValue(response.getOutputStream(), body);
    }
}
