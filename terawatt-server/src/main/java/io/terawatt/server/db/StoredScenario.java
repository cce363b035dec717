package io.terawatt.server.db;

import java.time.Instant;

/**
 * A scenario kept by the server.
 *
 * @param id identifier
 * @param name display name
 * @param yaml the scenario text
 * @param createdAt first saved
 * @param updatedAt last saved
 */
public record StoredScenario(
    String id, String name, String yaml, Instant createdAt, Instant updatedAt) {}
