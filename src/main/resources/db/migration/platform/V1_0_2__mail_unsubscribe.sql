-- mail clients offer one-click unsubscribe when the message names the link in its headers (RFC 8058)
alter table platform_mail add column unsubscribe_url varchar(1000);
