-- The promotion history is append-only: refuse UPDATE, DELETE and TRUNCATE from any client.
CREATE FUNCTION alias_events_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'alias_events is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER alias_events_no_change BEFORE UPDATE OR DELETE ON alias_events
    FOR EACH ROW EXECUTE FUNCTION alias_events_append_only();
CREATE TRIGGER alias_events_no_truncate BEFORE TRUNCATE ON alias_events
    FOR EACH STATEMENT EXECUTE FUNCTION alias_events_append_only();
