-- Whether a node activation got work items (from its definition or added by the scenario): a completion
-- reads the instance's items only when the node it completes has some, a select less for most acts.
alter table node_instance add column has_work_items boolean not null default false;
update node_instance n set has_work_items = true where exists (select 1 from work_item w where w.node_instance_id = n.id);
