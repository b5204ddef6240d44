-- How many progress updates a complaint has: the complaint's view skips the select of its updates while there
-- are none (every act before the first update), and an update takes its number from it.
alter table complaint add column progress_update_count int not null default 0;

update complaint c
set progress_update_count = u.updates
from (select complaint_id, count(*) as updates from progress_update group by complaint_id) u
where u.complaint_id = c.id;
