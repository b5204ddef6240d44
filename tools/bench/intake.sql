-- The rows of one intake, as complaint-service writes them (captured with log_statement = all):
-- the day's number in a short transaction of its own, then process instance, first node, complaint
-- and outbox event in one. pgbench runs it on a scratch copy of complaint's schema (bench_ceiling), with
-- the complaint definition's current version in :definition_version (pgbench -D).
\set n random(1, 1000000000)
BEGIN;
insert into business_number_counter (scope, period, last) values ('complaint', '2026-11-28', 1)
    on conflict (scope, period) do update set last = business_number_counter.last + 1 returning last;
COMMIT;
BEGIN;
select gen_random_uuid() as pid, gen_random_uuid() as cid \gset
insert into process_instance (attributes, business_number, changed_at, definition_version, end_state, ended_at, process_type, started_at, status, version, id)
    values ('{"channel": "PHONE", "urgency": "URGENT", "problemType": "LOGISTICS_DELAY"}', 'B' || :n::text || '-' || :client_id::text, now(), :definition_version, null, null, 'complaint', now(), 'ACTIVE', 0, :pid::uuid);
insert into node_instance (actor_id, actor_name, attempt, calendar_version, comment, completed_at, due_at, process_instance_id, limit_spec, node_key, on_time, outcome, outputs, responsible_department, responsible_person, seq, started_at, state, id)
    values (null, null, 1, 'CN-2026.1', null, null, now() + interval '10 minutes', :pid::uuid, 'PT10M', 'ACKNOWLEDGE', null, null, '[]', 'customer-service', null, 1, now(), 'ACTIVE', gen_random_uuid());
insert into complaint (acknowledged_at, cause_analysed_at, cause_analysed_by_department, cause_analysed_by_id, cause_analysed_by_name, channel, closed_at, complainant, contact, contact_person_id, contact_person_name, current_due_at, current_node, update_due_at, update_seq, demand, demand_other, department, description, executed_at, execution_result, grade, grade_reason, number, plans, problem_type, problem_type_other, process_instance_id, received_at, registered_at, rehandle_count, root_cause_category, root_cause_description, root_cause_detail, routed_department, routing_override_reason, satisfaction, status, urgency, version, id)
    values (null, null, null, null, null, 'PHONE', null, '王芳', '138-0013-8000', null, null, now() + interval '10 minutes', 'ACKNOWLEDGE', null, 0, 'REFUND', null, null, '9月25日下单的冰箱至今未送达，物流信息停留在杭州中转站 5 天。', null, null, null, null, 'B' || :n::text || '-' || :client_id::text, '[]', 'LOGISTICS_DELAY', null, :pid::uuid, now(), null, 0, null, null, null, null, null, null, 'OPEN', 'URGENT', 0, :cid::uuid);
insert into outbox_event (aggregate_id, aggregate_type, event_id, event_type, occurred_at, payload, sent_at, subject, topic)
    values (:pid::uuid, 'complaint', gen_random_uuid(), 'com.handbookflow.process.node-state-changed', now(), '{"actor": {"name": "张敏", "userId": "u1001", "department": "customer-service"}, "dueAt": "2026-11-27T19:01:27.561658Z", "nodeKey": "ACKNOWLEDGE", "state": "ACTIVE", "processType": "complaint", "businessNumber": "TS20261128-0002"}', null, 'TS20261128-0002', 'complaint.node-state') returning *;
COMMIT;
