package io.nexuszero.monitor.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nexuszero.monitor.db.Database;
import io.nexuszero.monitor.db.JdbcValues;
import io.nexuszero.monitor.db.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Incidents from Alertmanager. Reads and writes of one notification share a transaction ({@link Tx}). */
public class IncidentStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> LABELS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, fingerprint, alertname, severity, state, summary, labels_json, "
            + "annotations_json, generator_url, starts_at, ends_at, opened_at, updated_at";

    private final Database database;

    public IncidentStore(Database database) {
        this.database = database;
    }

    /** Runs the work in one transaction, then forces it to disk before returning: the caller may acknowledge. */
    public <T> T inDurableTransaction(Function<Tx, T> work) {
        T result = database.inTransaction("storing incidents", connection -> work.apply(new Tx(connection)));
        database.syncToDisk();
        return result;
    }

    /** Incidents newest first (by start); {@code state} null means both. */
    public List<Incident> list(IncidentState state, int limit) {
        return database.read("listing incidents", connection -> {
            String where = state == null ? "" : " WHERE state = ?";
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM incident" + where
                    + " ORDER BY starts_at DESC, id DESC LIMIT ?")) {
                int p = 1;
                if (state != null) {
                    query.setString(p++, state.name());
                }
                query.setInt(p, limit);
                return readAll(query);
            }
        });
    }

    /** Operations inside one transaction. */
    public final class Tx {

        private final Connection connection;

        private Tx(Connection connection) {
            this.connection = connection;
        }

        public Optional<Incident> findOpen(String fingerprint) {
            return findOne("WHERE fingerprint = ? AND state = 'OPEN'", fingerprint, null);
        }

        public Optional<Incident> findStartedAt(String fingerprint, Instant startsAt) {
            return findOne("WHERE fingerprint = ? AND starts_at = ?", fingerprint, startsAt);
        }

        private Optional<Incident> findOne(String where, String fingerprint, Instant startsAt) {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM incident "
                    + where + " ORDER BY id DESC LIMIT 1")) {
                query.setString(1, fingerprint);
                if (startsAt != null) {
                    query.setLong(2, startsAt.toEpochMilli());
                }
                return readAll(query).stream().findFirst();
            } catch (SQLException e) {
                throw new StorageException("finding an incident", e);
            }
        }

        public Incident insert(Incident incident) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO incident (fingerprint, alertname, severity, state, summary, labels_json, annotations_json,
                                          generator_url, starts_at, ends_at, opened_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                bind(insert, incident);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return incident.withId(keys.getLong(1));
                }
            } catch (SQLException e) {
                throw new StorageException("opening an incident", e);
            }
        }

        public void update(Incident incident) {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE incident SET fingerprint = ?, alertname = ?, severity = ?, state = ?, summary = ?,
                        labels_json = ?, annotations_json = ?, generator_url = ?, starts_at = ?, ends_at = ?,
                        opened_at = ?, updated_at = ?
                    WHERE id = ?""")) {
                bind(update, incident);
                update.setLong(13, incident.id());
                update.executeUpdate();
            } catch (SQLException e) {
                throw new StorageException("updating an incident", e);
            }
        }
    }

    private static void bind(PreparedStatement statement, Incident incident) throws SQLException {
        statement.setString(1, incident.fingerprint());
        statement.setString(2, incident.alertname());
        statement.setString(3, incident.severity());
        statement.setString(4, incident.state().name());
        statement.setString(5, incident.summary());
        statement.setString(6, json(incident.labels()));
        statement.setString(7, json(incident.annotations()));
        statement.setString(8, incident.generatorUrl());
        statement.setLong(9, incident.startsAt().toEpochMilli());
        JdbcValues.setInstant(statement, 10, incident.endsAt());
        statement.setLong(11, incident.openedAt().toEpochMilli());
        statement.setLong(12, incident.updatedAt().toEpochMilli());
    }

    private static List<Incident> readAll(PreparedStatement query) throws SQLException {
        List<Incident> incidents = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                incidents.add(new Incident(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        IncidentState.valueOf(rs.getString(5)), rs.getString(6), labels(rs.getString(7)),
                        labels(rs.getString(8)), rs.getString(9), Instant.ofEpochMilli(rs.getLong(10)),
                        JdbcValues.instant(rs, 11), Instant.ofEpochMilli(rs.getLong(12)),
                        Instant.ofEpochMilli(rs.getLong(13))));
            }
        }
        return incidents;
    }

    private static String json(Map<String, String> labels) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(labels));
        } catch (JsonProcessingException e) {
            throw new StorageException("encoding labels", e);
        }
    }

    private static Map<String, String> labels(String json) {
        try {
            return JSON.readValue(json, LABELS);
        } catch (JsonProcessingException e) {
            throw new StorageException("decoding stored labels", e);
        }
    }
}
