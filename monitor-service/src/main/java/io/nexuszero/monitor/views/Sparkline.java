package io.nexuszero.monitor.views;

import io.nexuszero.monitor.probe.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Response-time history as inline SVG data: a polyline of latencies (oldest left) and a dot per failed check.
 * Coordinates are computed here so the template only places numbers.
 */
public record Sparkline(int width, int height, String points, List<Dot> failures, long maxMs, int samples) {

    public static final int WIDTH = 240;
    public static final int HEIGHT = 40;
    private static final int PAD = 3;

    public record Dot(String x, String y) {
    }

    /** @param newestFirst results as the store returns them */
    public static Sparkline of(List<CheckResult> newestFirst) {
        List<CheckResult> results = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(results);
        long max = Math.max(1, results.stream().mapToLong(CheckResult::latencyMs).max().orElse(1));
        StringBuilder points = new StringBuilder();
        List<Dot> failures = new ArrayList<>();
        int n = results.size();
        for (int i = 0; i < n; i++) {
            CheckResult result = results.get(i);
            double x = n == 1 ? WIDTH / 2.0 : PAD + (WIDTH - 2.0 * PAD) * i / (n - 1);
            double y = HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * result.latencyMs() / max;
            String xs = format(x);
            String ys = format(y);
            points.append(i == 0 ? "" : " ").append(xs).append(',').append(ys);
            if (!result.success()) {
                failures.add(new Dot(xs, ys));
            }
        }
        return new Sparkline(WIDTH, HEIGHT, points.toString(), failures, max, n);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
