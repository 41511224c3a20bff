package io.nexuszero.monitor.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Accepted HTTP statuses, written as "2xx", "200", "200-299" or a comma-separated mix of these. */
public final class StatusCondition {

    private static final Pattern CLASS = Pattern.compile("([1-5])xx", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("(\\d{3})\\s*-\\s*(\\d{3})");
    private static final Pattern SINGLE = Pattern.compile("\\d{3}");

    private record Range(int from, int to) {
    }

    private final String spec;
    private final List<Range> ranges;

    private StatusCondition(String spec, List<Range> ranges) {
        this.spec = spec;
        this.ranges = List.copyOf(ranges);
    }

    /** @throws IllegalArgumentException naming the part that is not a status, range or class */
    public static StatusCondition parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("expected status is empty");
        }
        List<Range> ranges = new ArrayList<>();
        for (String part : spec.split(",")) {
            String p = part.trim();
            Matcher m;
            if ((m = CLASS.matcher(p)).matches()) {
                int base = Integer.parseInt(m.group(1)) * 100;
                ranges.add(new Range(base, base + 99));
            } else if ((m = RANGE.matcher(p)).matches()) {
                int from = Integer.parseInt(m.group(1));
                int to = Integer.parseInt(m.group(2));
                if (from > to || from < 100 || to > 599) {
                    throw new IllegalArgumentException("status range '" + p + "' is not between 100 and 599");
                }
                ranges.add(new Range(from, to));
            } else if (SINGLE.matcher(p).matches()) {
                int status = Integer.parseInt(p);
                if (status < 100 || status > 599) {
                    throw new IllegalArgumentException("status " + p + " is not between 100 and 599");
                }
                ranges.add(new Range(status, status));
            } else {
                throw new IllegalArgumentException("expected status '" + p
                        + "' is not a status (200), a range (200-299) or a class (2xx)");
            }
        }
        return new StatusCondition(spec.trim(), ranges);
    }

    public boolean accepts(int status) {
        return ranges.stream().anyMatch(r -> status >= r.from() && status <= r.to());
    }

    @Override
    public String toString() {
        return spec;
    }
}
