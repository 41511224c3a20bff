package io.nexuszero.monitor.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test resources as text. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String read(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String firing() {
        return read("/alertmanager/firing.json");
    }

    public static String resolved() {
        return read("/alertmanager/resolved.json");
    }
}
