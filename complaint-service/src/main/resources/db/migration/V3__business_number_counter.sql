-- Complaint numbers now come from the shared business_number_counter (core V0_3): the days already
-- counted carry over, so no number of a day is handed out twice.
insert into business_number_counter (scope, period, last)
select 'complaint', to_char(day, 'YYYY-MM-DD'), last from complaint_day_counter
on conflict (scope, period) do update set last = greatest(business_number_counter.last, excluded.last);

drop table complaint_day_counter;
