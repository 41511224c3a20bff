package io.nexuszero.optimizer.core.space;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.nexuszero.optimizer.core.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Persists the evaluated search space in the data directory so the service starts without crypto-service, and reads
 * the snapshot bundled in the jar when the data directory has none (or an unreadable one).
 */
public class SearchSpaceStore {
    public static final String BUNDLED_RESOURCE = "/bundled/search-space.json.gz";
    private static final Logger LOG = LoggerFactory.getLogger(SearchSpaceStore.class);

    private final Path file;
    private final ObjectMapper json;

    public SearchSpaceStore(Path dataDirectory, ObjectMapper json) {
        this.file = dataDirectory.resolve("search-space.json");
        this.json = json;
    }

    public Path file() {
        return file;
    }

    public void save(SearchSpaceSnapshot snapshot) throws IOException {
        AtomicFiles.write(file, out -> json.writeValue(out, snapshot));
    }

    /** Writes the gzip-compressed form the jar bundles. */
    public static void writeBundled(SearchSpaceSnapshot snapshot, Path target, ObjectMapper json) throws IOException {
        AtomicFiles.write(target, out -> {
            try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
                json.writeValue(gzip, snapshot);
            }
        });
    }

    /** The persisted snapshot, else the bundled one, else nothing. */
    public Optional<SearchSpaceSnapshot> load() {
        if (Files.isRegularFile(file)) {
            try {
                SearchSpaceSnapshot snapshot = json.readValue(file.toFile(), SearchSpaceSnapshot.class);
                if (!snapshot.candidates().stream().allMatch(Candidate::hasExpectedAttempts)) {
                    LOG.warn("Search space {} predates expected attempts; using the bundled snapshot until "
                            + "crypto-service re-evaluates the grid", file);
                } else if (!snapshot.candidates().stream().allMatch(Candidate::hasHardnessBreakdown)) {
                    LOG.warn("Search space {} predates per-hardness estimates with soundness (its moduli may split "
                            + "X^n + 1 completely, which crypto-service now refuses); using the bundled snapshot until "
                            + "crypto-service re-evaluates the grid", file);
                } else if (!snapshot.candidates().stream().allMatch(Candidate::hasOneCommitmentLinearRelation)) {
                    LOG.warn("Search space {} has linear-relation sizes of format 1 (one commitment per value, which "
                            + "crypto-service now refuses); using the bundled snapshot until crypto-service re-evaluates "
                            + "the grid", file);
                } else {
                    return Optional.of(snapshot);
                }
            } catch (IOException | RuntimeException e) {
                LOG.error("Refusing unreadable search space {} ({}); using the bundled snapshot", file, e.getMessage());
            }
        }
        return loadBundled();
    }

    public Optional<SearchSpaceSnapshot> loadBundled() {
        try (InputStream in = SearchSpaceStore.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(json.readValue(new java.util.zip.GZIPInputStream(in), SearchSpaceSnapshot.class));
        } catch (IOException | RuntimeException e) {
            LOG.error("The bundled search space {} is unreadable: {}", BUNDLED_RESOURCE, e.getMessage());
            return Optional.empty();
        }
    }
}
