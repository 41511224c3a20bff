package io.nexuszero.monitor.incident;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The bearer token Alertmanager must send with every {@code POST /v1/alerts} ({@code http_config.authorization}).
 * There is always one: the configured value, else the content of the token file, which is generated (32 random
 * bytes, base64url) when it does not exist yet. An open webhook is not a configuration this service offers.
 */
public final class AlertWebhookToken {

    /** Shorter configured tokens are refused: they could be guessed. */
    public static final int MIN_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] expected;
    private final String source;

    private AlertWebhookToken(String token, String source) {
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.source = source;
    }

    /**
     * @param token         the configured token, or null/blank
     * @param tokenFile     the file holding the token, or null/blank for {@code defaultFile}
     * @param defaultFile   where the token is kept when no file is configured (the data directory)
     * @param shareable     whether a generated file may be read by other users (Alertmanager runs as another uid)
     */
    public static AlertWebhookToken resolve(String token, String tokenFile, Path defaultFile, boolean shareable) {
        if (token != null && !token.isBlank()) {
            return new AlertWebhookToken(checked(token.strip(), "MONITOR_ALERT_TOKEN"), "the configured token");
        }
        boolean configured = tokenFile != null && !tokenFile.isBlank();
        Path file = configured ? Path.of(tokenFile.strip()) : defaultFile;
        Optional<String> existing = read(file);
        if (existing.isPresent()) {
            return new AlertWebhookToken(checked(existing.get(), file.toString()), file.toString());
        }
        String generated = generate(file, configured || shareable);
        return new AlertWebhookToken(generated, file + " (generated)");
    }

    /** Whether an {@code Authorization} header carries the token (constant-time comparison). */
    public boolean accepts(String authorization) {
        if (authorization == null) {
            return false;
        }
        return MessageDigest.isEqual(expected, authorization.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Where the token came from, for the startup log (never the token itself). */
    public String source() {
        return source;
    }

    private static String checked(String token, String where) {
        if (token.length() < MIN_LENGTH || !token.matches("[\\x21-\\x7E]+")) {
            throw new IllegalArgumentException("alert webhook token from " + where + " must be at least " + MIN_LENGTH
                    + " printable characters without spaces");
        }
        return token;
    }

    private static Optional<String> read(Path file) {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the alert webhook token file " + file, e);
        }
    }

    private static String generate(Path file, boolean shareable) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, ".alert-webhook-token", ".tmp");
            try {
                setMode(temp, shareable ? "rw-r--r--" : "rw-------");
                Files.writeString(temp, token + "\n", StandardCharsets.UTF_8);
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file);
                }
            } catch (FileAlreadyExistsException e) {
                // Another process generated it first: use that one.
                return read(file).orElseThrow();
            } finally {
                Files.deleteIfExists(temp);
            }
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the alert webhook token file " + file, e);
        }
    }

    private static void setMode(Path file, String mode) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the directory's permissions apply.
        }
    }
}
