-- The bytes of each ground-truth batch as received (UTF-8 text: GeoJSON or CSV), written in the
-- same transaction as its gt_batches row.
CREATE TABLE gt_content (
    batch_id VARCHAR(32)             NOT NULL PRIMARY KEY REFERENCES gt_batches (batch_id),
    content  CHARACTER LARGE OBJECT  NOT NULL
);
