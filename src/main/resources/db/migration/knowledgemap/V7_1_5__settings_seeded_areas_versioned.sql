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
