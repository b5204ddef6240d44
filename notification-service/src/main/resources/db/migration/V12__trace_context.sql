-- The W3C trace context (traceparent, tracestate) of the act behind a row, for following one complaint
-- across services: a delivery's POST or e-mail continues the trace of the act that queued it; a notice
-- the deadline scheduler sends later starts a new trace linked to the obligation's originating one.
-- Null for rows written before this version or outside any trace.
alter table webhook_delivery
    add column traceparent text,
    add column tracestate text;
alter table obligation
    add column traceparent text,
    add column tracestate text;
