-- Retraining lifecycle metadata: ground-truth batches, pipeline runs and their steps, the per-year
-- run lock and the per-year decision policies. Portable SQL for H2 2.x and PostgreSQL 12+; it lives
-- next to the registry's tables with its own Flyway history table (pipeline_schema_history).

-- Immutable ground-truth batches, one per (year, content hash). The content itself is in
-- gt_content (vendor-specific large-text type); nothing ever updates either table.
CREATE TABLE gt_batches (
    batch_id     VARCHAR(32)              NOT NULL PRIMARY KEY,
    line_year    INTEGER                  NOT NULL,
    sha256       CHAR(64)                 NOT NULL,
    format       VARCHAR(16)              NOT NULL,
    label_field  VARCHAR(100)             NOT NULL,
    source_name  VARCHAR(1000)            NOT NULL,
    added_by     VARCHAR(200)             NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    points       INTEGER                  NOT NULL,
    polygons     INTEGER                  NOT NULL,
    class_counts VARCHAR(10000)           NOT NULL,
    duplicates   VARCHAR(1000000)         NOT NULL,
    UNIQUE (line_year, sha256)
);
CREATE INDEX gt_batches_by_year ON gt_batches (line_year, added_at);

-- Which registered model versions were trained on which batch.
CREATE TABLE gt_usage (
    batch_id  VARCHAR(32)              NOT NULL REFERENCES gt_batches (batch_id),
    line_name VARCHAR(64)              NOT NULL,
    version   INTEGER                  NOT NULL,
    run_id    VARCHAR(40),
    used_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (batch_id, line_name, version)
);

-- One row per trigger: a retraining run, or a trigger that started none (needs-data, skipped).
CREATE TABLE pipeline_runs (
    run_id         VARCHAR(40)              NOT NULL PRIMARY KEY,
    line_name      VARCHAR(64)              NOT NULL,
    line_year      INTEGER                  NOT NULL,
    trigger_kind   VARCHAR(32)              NOT NULL,
    trigger_detail VARCHAR(4000)            NOT NULL,
    requested_by   VARCHAR(200)             NOT NULL,
    status         VARCHAR(32)              NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE,
    request        VARCHAR(100000)          NOT NULL,
    outcome        VARCHAR(1000000),
    message        VARCHAR(4000)
);
CREATE INDEX pipeline_runs_by_year ON pipeline_runs (line_year, created_at);
CREATE INDEX pipeline_runs_by_status ON pipeline_runs (status);

-- The steps of a run: state, cache key, input hashes, outputs, timing and log.
CREATE TABLE pipeline_steps (
    run_id      VARCHAR(40)              NOT NULL REFERENCES pipeline_runs (run_id),
    position    INTEGER                  NOT NULL,
    step        VARCHAR(32)              NOT NULL,
    state       VARCHAR(16)              NOT NULL,
    cache_key   CHAR(64),
    cached      BOOLEAN                  NOT NULL,
    attempts    INTEGER                  NOT NULL,
    inputs      VARCHAR(100000),
    outputs     VARCHAR(1000000),
    started_at  TIMESTAMP WITH TIME ZONE,
    finished_at TIMESTAMP WITH TIME ZONE,
    log         VARCHAR(1000000)         NOT NULL,
    PRIMARY KEY (run_id, step)
);

-- At most one active run per model line and year: a lease its holder renews; a crashed holder's
-- lease expires (or is taken over at once when its process is known to be dead).
CREATE TABLE pipeline_locks (
    line_name    VARCHAR(64)              NOT NULL,
    line_year    INTEGER                  NOT NULL,
    run_id       VARCHAR(40)              NOT NULL,
    owner        VARCHAR(300)             NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (line_name, line_year)
);

-- The decision policy of a year (JSON); years without a row use the configured default.
CREATE TABLE retrain_policies (
    line_name  VARCHAR(64)              NOT NULL,
    line_year  INTEGER                  NOT NULL,
    policy     VARCHAR(10000)           NOT NULL,
    updated_by VARCHAR(200)             NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (line_name, line_year)
);
