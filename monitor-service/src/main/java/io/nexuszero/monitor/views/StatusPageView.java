package io.nexuszero.monitor.views;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The status page model, rendered by {@code status.ftlh}. FreeMarker's HTML output format escapes every
 * interpolation, so target names, reasons and incident texts (which come from outside) are shown, never run.
 */
public class StatusPageView extends View {

    /** One target row. */
    public record TargetRow(String name, String url, String status, String since, String sinceAgo,
                            String lastChecked, String latency, String reason, List<UptimeBar> uptime,
                            Sparkline history, boolean optional) {
    }

    /** One uptime window: label, text ("99.95%" or "no data") and bar width 0..100. */
    public record UptimeBar(String window, String text, String width, String level) {
    }

    /** One incident line. */
    public record IncidentRow(long id, String alertname, String severity, String state, String summary,
                              String startsAt, String endsAt, String duration) {
    }

    private final String overall;
    private final String generatedAt;
    private final long refreshSeconds;
    private final List<TargetRow> targets;
    private final List<IncidentRow> openIncidents;
    private final List<IncidentRow> recentIncidents;

    public StatusPageView(String overall, String generatedAt, long refreshSeconds, List<TargetRow> targets,
                          List<IncidentRow> openIncidents, List<IncidentRow> recentIncidents) {
        super("status.ftlh", StandardCharsets.UTF_8);
        this.overall = overall;
        this.generatedAt = generatedAt;
        this.refreshSeconds = refreshSeconds;
        this.targets = List.copyOf(targets);
        this.openIncidents = List.copyOf(openIncidents);
        this.recentIncidents = List.copyOf(recentIncidents);
    }

    public String getOverall() {
        return overall;
    }

    public String getGeneratedAt() {
        return generatedAt;
    }

    public long getRefreshSeconds() {
        return refreshSeconds;
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public List<IncidentRow> getOpenIncidents() {
        return openIncidents;
    }

    public List<IncidentRow> getRecentIncidents() {
        return recentIncidents;
    }
}
