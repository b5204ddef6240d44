-- The urgency of the case an obligation belongs to (e.g. EXTRA_URGENT), from the event's attributes:
-- the reminder policy is chosen per scenario, node and urgency.
alter table obligation add column urgency varchar(32);
