package io.nexuszero.monitor.views;

import io.nexuszero.monitor.api.StatusResponse;
import io.nexuszero.monitor.api.TargetStatus;
import io.nexuszero.monitor.checks.CheckStore;
import io.nexuszero.monitor.incident.Incident;
import io.nexuszero.monitor.incident.IncidentService;
import io.nexuszero.monitor.incident.IncidentState;
import io.nexuszero.monitor.status.StatusService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Gathers status, history and incidents into a {@link StatusPageView}. */
public class StatusPageFactory {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final StatusService status;
    private final CheckStore checks;
    private final IncidentService incidents;
    private final Clock clock;
    private final Duration refresh;
    private final int historyPoints;
    private final int recentIncidents;

    public StatusPageFactory(StatusService status, CheckStore checks, IncidentService incidents, Clock clock,
                             Duration refresh, int historyPoints, int recentIncidents) {
        this.status = status;
        this.checks = checks;
        this.incidents = incidents;
        this.clock = clock;
        this.refresh = refresh;
        this.historyPoints = historyPoints;
        this.recentIncidents = recentIncidents;
    }

    public StatusPageView page() {
        StatusResponse response = status.status();
        Instant now = Instant.parse(response.generatedAt());
        List<StatusPageView.TargetRow> rows = new ArrayList<>();
        for (TargetStatus target : response.targets()) {
            rows.add(new StatusPageView.TargetRow(target.name(), target.url(), target.status(),
                    time(target.since()), ago(target.since(), now), time(target.lastCheckedAt()),
                    target.latencyMs() == null ? "—" : target.latencyMs() + " ms",
                    target.reason() == null ? "not checked yet" : target.reason(), bars(target.uptime()),
                    Sparkline.of(checks.recent(target.name(), null, historyPoints)), target.optional()));
        }
        List<StatusPageView.IncidentRow> open = incidents.list(IncidentState.OPEN, 100).stream()
                .map(i -> incidentRow(i, now)).toList();
        List<StatusPageView.IncidentRow> recent = recentIncidents == 0 ? List.of()
                : incidents.list(IncidentState.RESOLVED, recentIncidents).stream()
                        .map(i -> incidentRow(i, now)).toList();
        return new StatusPageView(response.overall(), TIME.format(clock.instant()), refresh.toSeconds(), rows,
                open, recent);
    }

    private static List<StatusPageView.UptimeBar> bars(Map<String, Double> uptime) {
        List<StatusPageView.UptimeBar> bars = new ArrayList<>();
        uptime.forEach((window, percent) -> {
            if (percent == null) {
                bars.add(new StatusPageView.UptimeBar(window, "no data", "0", "none"));
            } else {
                // Round down: 99.999% must not read as 100.00%.
                String text = BigDecimal.valueOf(percent).setScale(2, RoundingMode.DOWN).toPlainString() + "%";
                String level = percent >= 99.9 ? "good" : percent >= 95 ? "fair" : "poor";
                bars.add(new StatusPageView.UptimeBar(window, text,
                        BigDecimal.valueOf(percent).setScale(2, RoundingMode.DOWN).toPlainString(), level));
            }
        });
        return bars;
    }

    private static StatusPageView.IncidentRow incidentRow(Incident incident, Instant now) {
        Instant end = incident.endsAt() == null ? now : incident.endsAt();
        return new StatusPageView.IncidentRow(incident.id(), incident.alertname(), incident.severity(),
                incident.state().label(), incident.summary(), TIME.format(incident.startsAt()),
                incident.endsAt() == null ? "ongoing" : TIME.format(incident.endsAt()),
                human(Duration.between(incident.startsAt(), end)));
    }

    private static String time(String iso) {
        return iso == null ? "—" : TIME.format(Instant.parse(iso));
    }

    private static String ago(String iso, Instant now) {
        return iso == null ? "" : human(Duration.between(Instant.parse(iso), now));
    }

    /** "45s", "12m", "3h 5m", "2d 4h". */
    static String human(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return seconds + "s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + "m";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours + "h " + minutes % 60 + "m";
        }
        return hours / 24 + "d " + hours % 24 + "h";
    }
}
