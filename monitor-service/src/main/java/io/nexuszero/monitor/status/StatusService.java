package io.nexuszero.monitor.status;

import io.nexuszero.monitor.api.StatusResponse;
import io.nexuszero.monitor.api.TargetStatus;
import io.nexuszero.monitor.checks.CheckStore;
import io.nexuszero.monitor.checks.UptimeCounts;
import io.nexuszero.monitor.checks.UptimeWindow;
import io.nexuszero.monitor.probe.Target;
import io.nexuszero.monitor.probe.TargetHealth;
import io.nexuszero.monitor.probe.TargetState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers "is it up, and since when is it not?" for every target, with uptime per window. */
public class StatusService {

    private final StatusBoard board;
    private final CheckStore checks;
    private final Clock clock;

    public StatusService(StatusBoard board, CheckStore checks, Clock clock) {
        this.board = board;
        this.checks = checks;
        this.clock = clock;
    }

    public StatusResponse status() {
        Instant now = clock.instant();
        // States first, uptime second: a check is stored before its state reaches the board, so every state read
        // here is already counted in the uptime read after it (the other order could show a probe's new state
        // with uptime from before that probe).
        Map<String, TargetState> states = new LinkedHashMap<>();
        for (Target target : board.targets()) {
            states.put(target.name(), board.state(target.name()));
        }
        Map<String, Map<UptimeWindow, UptimeCounts>> uptime = checks.uptime(now);
        List<TargetStatus> targets = new ArrayList<>();
        List<TargetHealth> healths = new ArrayList<>();
        for (Target target : board.targets()) {
            TargetState state = states.get(target.name());
            if (!target.optional()) {
                healths.add(state.health());
            }
            Map<UptimeWindow, UptimeCounts> counts = uptime.getOrDefault(target.name(), Map.of());
            Map<String, Double> percentages = new LinkedHashMap<>();
            for (UptimeWindow window : UptimeWindow.values()) {
                percentages.put(window.label(), counts.getOrDefault(window, UptimeCounts.NONE).percent());
            }
            targets.add(new TargetStatus(target.name(), target.displayUrl(), state.health().label(),
                    text(state.since()), text(state.lastCheckedAt()), state.latencyMs(), state.httpStatus(),
                    state.reason(), percentages, target.optional()));
        }
        return new StatusResponse(overall(healths), now.toString(), targets);
    }

    /** From the required targets only: an optional target that is down (or absent) degrades nothing. */
    static String overall(List<TargetHealth> healths) {
        long up = healths.stream().filter(h -> h == TargetHealth.UP).count();
        long down = healths.stream().filter(h -> h == TargetHealth.DOWN).count();
        if (up == 0 && down == 0) {
            return "unknown";
        }
        if (up == healths.size()) {
            return "up";
        }
        return up == 0 ? "down" : "degraded";
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
