/**
 * Persistence of the server: the database (H2 embedded or PostgreSQL), its numbered migrations, and
 * the repositories of scenarios, runs and API tokens.
 */
package io.terawatt.server.db;
