-- No query reads node_instance by its responsible department (the lists read the services' own tables;
-- the engine reads an instance's nodes by process_instance_id, uq_node_instance_seq), yet every node
-- insert and every update of a node's row that is not HOT wrote an entry into this index.
-- (process_instance needs no fillfactor: with the default, 98.6 % of its updates were HOT already, measured
-- over whole complaints; the pages prune themselves.)
drop index ix_node_instance_department;
