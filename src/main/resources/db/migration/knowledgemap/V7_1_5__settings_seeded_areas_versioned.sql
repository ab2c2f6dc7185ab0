-- Every scale has its row from the start, at the value MapScales.DEFAULTS gives it, so that a change locks the rows
-- (select ... for update) and changes made at once take turns, instead of racing to insert a row. A value changed
-- before keeps its row.
insert into knowledgemap_setting (setting_key, setting_value, updated_at)
select 'importanceWeight', 1, current_timestamp
where not exists (select 1 from knowledgemap_setting where setting_key = 'importanceWeight');
insert into knowledgemap_setting (setting_key, setting_value, updated_at)
select 'scarcityWeight', 1, current_timestamp
where not exists (select 1 from knowledgemap_setting where setting_key = 'scarcityWeight');
insert into knowledgemap_setting (setting_key, setting_value, updated_at)
select 'frequencyWeight', 1, current_timestamp
where not exists (select 1 from knowledgemap_setting where setting_key = 'frequencyWeight');
insert into knowledgemap_setting (setting_key, setting_value, updated_at)
select 'monthsFor5', 12, current_timestamp
where not exists (select 1 from knowledgemap_setting where setting_key = 'monthsFor5');
insert into knowledgemap_setting (setting_key, setting_value, updated_at)
select 'monthsFor4', 24, current_timestamp
where not exists (select 1 from knowledgemap_setting where setting_key = 'monthsFor4');
insert into knowledgemap_setting (setting_key, setting_value, updated_at)
select 'monthsFor3', 36, current_timestamp
where not exists (select 1 from knowledgemap_setting where setting_key = 'monthsFor3');
insert into knowledgemap_setting (setting_key, setting_value, updated_at)
select 'monthsFor2', 60, current_timestamp
where not exists (select 1 from knowledgemap_setting where setting_key = 'monthsFor2');
insert into knowledgemap_setting (setting_key, setting_value, updated_at)
select 'highRisk', 16, current_timestamp
where not exists (select 1 from knowledgemap_setting where setting_key = 'highRisk');
insert into knowledgemap_setting (setting_key, setting_value, updated_at)
select 'mediumRisk', 9, current_timestamp
where not exists (select 1 from knowledgemap_setting where setting_key = 'mediumRisk');

-- An area's version, raised by every save, so that a save made on an older one changes nothing.
alter table knowledgemap_area add column version int not null default 1;

-- A name is unique among its siblings whatever its case, even when two saves race. Neither H2 nor PostgreSQL would
-- refuse two top-level areas of one name (their parent is null, and nulls are distinct in a unique index), and they
-- share no syntax for an index on an expression, so the code keeps the key in two columns: the parent, 0 for the top
-- level, and the name in lower case. A row written without them (by a demo loader, say) is left out of the index
-- until it is saved; of names already taken twice, the oldest area holds the key.
alter table knowledgemap_area add column parent_key bigint;
alter table knowledgemap_area add column name_key varchar(400);
update knowledgemap_area set parent_key = coalesce(parent_id, 0), name_key = lower(name)
where id in (select min(id) from knowledgemap_area group by coalesce(parent_id, 0), lower(name));
create unique index knowledgemap_area_sibling_name_idx on knowledgemap_area (parent_key, name_key);
