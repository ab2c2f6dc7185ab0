-- delivery is retried a few times before a message counts as failed
alter table platform_mail add column attempts int not null default 0;
create index platform_mail_status_idx on platform_mail (status);
