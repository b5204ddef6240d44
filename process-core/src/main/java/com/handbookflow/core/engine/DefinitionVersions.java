package com.handbookflow.core.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.handbookflow.core.engine.definition.ProcessDefinition;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The versions of process definitions that instances started with ({@code process_definition_version}):
 * the version id is the SHA-256 of the definition's canonical JSON, so the same definition is one
 * version however often the service restarts, and a changed limit, department or node is a new one.
 */
@ApplicationScoped
public class DefinitionVersions {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    /** A stored version may lack fields added to definitions since: they read as absent. */
    private static final ObjectMapper STORED = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Map<String, ProcessDefinition> byId = new ConcurrentHashMap<>();
    /** By process type, the last definition object versioned: one entry per type, whatever the configuration does. */
    private final Map<String, Known> lastKnown = new ConcurrentHashMap<>();
    private final EntityManager entityManager;
    private final Clock clock;

    DefinitionVersions(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * The version id of {@code definition}, stored first if new. Stored in a transaction of its own,
     * so the remembered id always has its row, whatever becomes of the caller's transaction.
     */
    public String versionOf(ProcessDefinition definition) {
        Known known = lastKnown.get(definition.type());
        if (known != null && known.definition() == definition) {
            return known.id(); // the configured definition again: its JSON and hash were 3 % of an intake's CPU
        }
        String json = canonicalJson(definition);
        String id = hash(json);
        if (!byId.containsKey(id)) {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                            insert into process_definition_version (id, process_type, definition, first_used_at)
                            values (?1, ?2, cast(?3 as jsonb), ?4) on conflict (id) do nothing""")
                    .setParameter(1, id).setParameter(2, definition.type()).setParameter(3, json)
                    .setParameter(4, clock.instant()).executeUpdate());
            byId.put(id, definition);
        }
        lastKnown.put(definition.type(), new Known(definition, id));
        return id;
    }

    /** A definition object whose version id was computed: the same object (not an equal one) has the same id. */
    private record Known(ProcessDefinition definition, String id) {
    }

    /** The definition stored as {@code id}. */
    public ProcessDefinition get(String id) {
        return byId.computeIfAbsent(id, this::read);
    }

    private ProcessDefinition read(String id) {
        List<?> rows = entityManager.createNativeQuery(
                        "select cast(definition as text) from process_definition_version where id = ?1")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("no stored process definition version " + id);
        }
        try {
            return STORED.readValue((String) rows.get(0), ProcessDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored process definition version " + id + " cannot be read", e);
        }
    }

    static String canonicalJson(ProcessDefinition definition) {
        try {
            return CANONICAL.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("process definition " + definition.type() + " cannot be written", e);
        }
    }

    private static String hash(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
