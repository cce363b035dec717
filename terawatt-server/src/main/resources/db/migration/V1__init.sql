-- Terawatt server schema, version 1. Portable SQL for H2 and PostgreSQL; times are epoch
-- milliseconds (UTC), named *_at_ms.
CREATE TABLE api_token (
  id VARCHAR(32) PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  salt_hex VARCHAR(64) NOT NULL,
  hash_sha256_hex VARCHAR(64) NOT NULL,
  created_at_ms BIGINT NOT NULL,
  revoked BOOLEAN NOT NULL
);
CREATE TABLE scenario (
  id VARCHAR(36) PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  yaml TEXT NOT NULL,
  created_at_ms BIGINT NOT NULL,
  updated_at_ms BIGINT NOT NULL
);
CREATE TABLE plan_run (
  id VARCHAR(36) PRIMARY KEY,
  scenario_id VARCHAR(36),
  scenario_yaml TEXT NOT NULL,
  state VARCHAR(16) NOT NULL,
  progress_fraction DOUBLE PRECISION NOT NULL,
  message VARCHAR(2000),
  created_at_ms BIGINT NOT NULL,
  started_at_ms BIGINT,
  finished_at_ms BIGINT,
  results_json TEXT,
  report_html TEXT
);
CREATE INDEX plan_run_state ON plan_run(state);
