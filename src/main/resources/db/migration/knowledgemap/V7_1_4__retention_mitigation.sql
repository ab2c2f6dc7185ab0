-- What lowers a holder's recorded risk is what a confirmed, done action achieved: the knowledge captured
-- (captured), or a successor who now holds it (successor_holds). The successor named on the holder's form is only
-- designated until then. Rows recorded so far treated a named successor as holding the knowledge; they keep that.
alter table knowledgemap_holder add column successor_holds boolean not null default false;
update knowledgemap_holder set successor_holds = true where successor_id is not null;

-- A holder who no longer holds the knowledge (they left, or moved on) is closed: kept with their plan, out of the
-- register, the counts and the levels.
alter table knowledgemap_holder add column closed_on date;
alter table knowledgemap_holder add column closed_by bigint;
alter table knowledgemap_holder add constraint knowledgemap_holder_closed_by_fk
  foreign key (closed_by) references people_person (id);

-- A done action's result lowers the risk once a manager confirms it: at once when a manager marks it done, later
-- when its owner did. Results recorded so far count as confirmed when they were done.
alter table knowledgemap_action add column confirmed_by bigint;
alter table knowledgemap_action add column confirmed_at timestamp with time zone;
alter table knowledgemap_action add constraint knowledgemap_action_confirmed_by_fk
  foreign key (confirmed_by) references people_person (id);
update knowledgemap_action set confirmed_at = completed_at
  where status = 'DONE' and result in ('CAPTURED', 'SUCCESSOR');

-- The successor a done SUCCESSOR action names, kept until the result is confirmed.
alter table knowledgemap_action add column successor_id bigint;
alter table knowledgemap_action add constraint knowledgemap_action_successor_fk
  foreign key (successor_id) references people_person (id);
