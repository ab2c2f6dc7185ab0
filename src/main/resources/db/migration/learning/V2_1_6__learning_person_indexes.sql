-- the policy asks on every page whether the viewer is invited to or facilitates a cohort
create index learning_invitation_person_idx on learning_invitation (person_id);
create index learning_facilitator_person_idx on learning_facilitator (person_id);
-- the editor asks whether anyone has worked on a lesson before it may be deleted
create index learning_completion_lesson_idx on learning_completion (lesson_id);
