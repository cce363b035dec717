-- Version 2: the hourly CSV files a plan writes beside results.json (energy by source per site,
-- intensity), kept per run.
CREATE TABLE run_file (
  run_id VARCHAR(36) NOT NULL,
  name VARCHAR(200) NOT NULL,
  content TEXT NOT NULL,
  PRIMARY KEY (run_id, name)
);
