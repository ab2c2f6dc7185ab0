-- the time zone a person reads times in; empty means the organization's
alter table people_person add column time_zone varchar(64);
