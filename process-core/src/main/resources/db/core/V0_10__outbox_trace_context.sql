-- The W3C trace context (traceparent, tracestate) of the transaction that wrote the row: the relay
-- sends it on as Kafka headers, so one complaint can be followed from its REST request to the webhook
-- and e-mail it causes. Null for rows written before this version or outside any trace.
alter table outbox_event
    add column traceparent text,
    add column tracestate text;
