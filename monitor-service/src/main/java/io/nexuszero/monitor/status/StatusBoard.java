package io.nexuszero.monitor.status;

import io.nexuszero.monitor.probe.Target;
import io.nexuszero.monitor.probe.TargetState;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The current state of every configured target, in memory; the database holds the durable copy. */
public class StatusBoard {

    private final List<Target> targets;
    private final Map<String, TargetState> states = new ConcurrentHashMap<>();

    public StatusBoard(List<Target> targets, Map<String, TargetState> persisted) {
        this.targets = List.copyOf(targets);
        for (Target target : targets) {
            states.put(target.name(), persisted.getOrDefault(target.name(), TargetState.unknown(target.name())));
        }
    }

    public List<Target> targets() {
        return targets;
    }

    public TargetState state(String target) {
        return states.getOrDefault(target, TargetState.unknown(target));
    }

    public void put(TargetState state) {
        states.put(state.target(), state);
    }

    public boolean isKnownTarget(String name) {
        return states.containsKey(name);
    }
}
