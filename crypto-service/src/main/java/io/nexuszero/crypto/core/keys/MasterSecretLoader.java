package io.nexuszero.crypto.core.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the master secret: the {@code masterSecret} setting (NEXUSZERO_MASTER_SECRET), else the file named by
 * {@code masterSecretFile} (NEXUSZERO_MASTER_SECRET_FILE), else — outside production — a development secret kept in
 * the data directory with mode 0600. Error messages name the setting, never the value.
 */
public final class MasterSecretLoader {

    /** The development secret's file name inside the data directory. */
    public static final String DEV_FILE_NAME = "dev-master-secret";

    private static final Logger LOG = LoggerFactory.getLogger(MasterSecretLoader.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private MasterSecretLoader() {
    }

    public static MasterSecret load(String configuredSecret, String configuredFile, boolean production, Path dataDirectory) {
        boolean hasValue = !configuredSecret.isBlank();
        boolean hasFile = !configuredFile.isBlank();
        if (hasValue && hasFile) {
            throw new IllegalStateException("Both masterSecret (NEXUSZERO_MASTER_SECRET) and masterSecretFile "
                    + "(NEXUSZERO_MASTER_SECRET_FILE) are set; set only one");
        }
        if (hasValue) {
            return new MasterSecret(decode(configuredSecret, "masterSecret (NEXUSZERO_MASTER_SECRET)"),
                    "NEXUSZERO_MASTER_SECRET");
        }
        if (hasFile) {
            Path file = Path.of(configuredFile.trim());
            return new MasterSecret(decode(read(file, "masterSecretFile (NEXUSZERO_MASTER_SECRET_FILE)"),
                    "the file named by masterSecretFile (NEXUSZERO_MASTER_SECRET_FILE)"), file.toString());
        }
        if (production) {
            throw new IllegalStateException("production is true (NEXUSZERO_PRODUCTION) but no master secret is "
                    + "configured: set masterSecret (NEXUSZERO_MASTER_SECRET) or masterSecretFile "
                    + "(NEXUSZERO_MASTER_SECRET_FILE) to a base64url secret of at least " + MasterSecret.MIN_BYTES
                    + " bytes");
        }
        return developmentSecret(dataDirectory.resolve(DEV_FILE_NAME));
    }

    private static MasterSecret developmentSecret(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                create(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the development master secret in " + file.getParent(), e);
        }
        LOG.warn("No master secret configured: using the DEVELOPMENT master secret in {}. Keys derived from it are "
                + "only as safe as that file. Set NEXUSZERO_MASTER_SECRET or NEXUSZERO_MASTER_SECRET_FILE, and "
                + "NEXUSZERO_PRODUCTION=true, for anything shared.", file);
        return new MasterSecret(decode(read(file, "the development master secret file " + file),
                "the development master secret file " + file), file.toString());
    }

    /**
     * Writes the secret to an owner-only temporary file (0600 from the first byte, not chmod afterwards), then links
     * it into place atomically: another instance sharing the directory sees either no file or the whole secret, and
     * if it created one first, that one wins.
     */
    private static void create(Path file) throws IOException {
        byte[] secret = new byte[MasterSecret.MIN_BYTES];
        new SecureRandom().nextBytes(secret);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(secret) + "\n";
        Path temporary = file.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(file.getParent(), ".master-secret", ".tmp",
                        PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(file.getParent(), ".master-secret", ".tmp");
        try {
            Files.writeString(temporary, encoded, StandardCharsets.US_ASCII);
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException raced) {
            // another instance created it first; use theirs
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String read(Path file, String what) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + what + " at " + file + ": " + e.getClass().getSimpleName());
        }
    }

    private static byte[] decode(String encoded, String what) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(what + " is not base64url");
        }
        if (bytes.length < MasterSecret.MIN_BYTES) {
            throw new IllegalStateException(what + " must decode to at least " + MasterSecret.MIN_BYTES
                    + " bytes (got " + bytes.length + ")");
        }
        return bytes;
    }
}
