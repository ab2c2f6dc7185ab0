-- The accepted answers the community counts towards its milestones (the 100th accepted answer, and on): one row per
-- question, with the answer accepted last, kept from the discussions module's AnswerAccepted events. Questions in
-- private spaces are never here; a hidden answer or a hidden question stops counting until it is restored. Counting
-- starts when recognition starts listening.
create table recognition_accepted_answer (
  thread_id bigint primary key,
  post_id bigint not null,
  accepted_at timestamp with time zone not null,
  answer_hidden boolean not null default false,
  thread_hidden boolean not null default false
);
create index recognition_accepted_answer_post_idx on recognition_accepted_answer (post_id);
