-- No query reads node_instance by its responsible department (the lists read the services' own tables;
-- the engine reads an instance's nodes by process_instance_id, uq_node_instance_seq), yet every node
-- insert and every update of a node's row that is not HOT wrote an entry into this index.
drop index ix_node_instance_department;

-- Every act updates its process instance's row (changed_at, version, attributes; status at the end), never
-- an indexed column: with room left on the page the new version goes beside the old one without new index
-- entries (a HOT update), and the page prunes the old version itself, also where autovacuum is off. Only
-- pages filled from now on keep the room.
alter table process_instance set (fillfactor = 85);
