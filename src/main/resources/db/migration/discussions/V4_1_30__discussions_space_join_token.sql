-- The join link of a private space: members share /discussions/join/<token> so that colleagues can ask to join a
-- space they cannot see. Moderators may replace the token, which ends the old link.
alter table discussions_space add column join_token varchar(64);
create unique index discussions_space_join_token_idx on discussions_space (join_token);
