-- The promotion history is append-only: refuse UPDATE and DELETE from any client.
CREATE TRIGGER alias_events_no_change BEFORE UPDATE, DELETE ON alias_events
    FOR EACH ROW CALL 'landcover.mlops.registry.h2.AppendOnlyTrigger';
