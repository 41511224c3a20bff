package io.nexuszero.monitor.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A database written by the pre-Flyway {@code Migrations} code (commit e5910a2): schema_version 1, three checks of
 * target "api" (the second failed), its state (up), and one open incident "CryptoServiceDown".
 */
public final class LegacyDatabase {

    private static final String RESOURCE = "/legacy/monitor-before-flyway.mv.db.gz";

    private LegacyDatabase() {
    }

    /** Puts the file where {@code Database.open(dataDirectory)} looks for it. */
    public static void copyTo(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        try (InputStream in = new GZIPInputStream(LegacyDatabase.class.getResourceAsStream(RESOURCE))) {
            Files.copy(in, dataDirectory.resolve("monitor.mv.db"));
        }
    }
}
