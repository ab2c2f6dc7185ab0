-- The automatic badges, whose rules are in BadgeRules by slug, and what the badge pages need to say why someone holds
-- one.

-- Why a person holds an automatic badge: the number its rule counted when it was earned (accepted answers, quarters
-- in a row, joint projects), shown in the reader's language. Manual awards say why in their citation instead.
alter table recognition_badge_award add column reason_count int;

-- The joint projects a person is a member of, from the initiatives module's events, for the mentor badge: a project
-- they lead (they started it) is not one they helped in. No other module's table is read for it.
create table recognition_project_member (
  project_id bigint not null,
  person_id bigint not null references people_person (id),
  is_lead boolean not null,
  joined_at timestamp with time zone not null,
  primary key (project_id, person_id)
);
create index recognition_project_member_person_idx on recognition_project_member (person_id);

insert into recognition_badge (slug, automatic, name_en, name_he, description_en, description_he, created_at) values
  ('first-answer', true, 'First answer', 'תשובה ראשונה',
   'Posted a first answer to a colleague''s question.', 'פרסום תשובה ראשונה לשאלה של עמית.', current_timestamp),
  ('ten-accepted', true, 'Ten accepted answers', 'עשר תשובות מקובלות',
   'Ten answers accepted by the people who asked.', 'עשר תשובות שהשואלים קיבלו כתשובה הנכונה.', current_timestamp),
  ('course-graduate', true, 'Course graduate', 'בוגר הקורס',
   'Completed the knowledge leaders'' course.', 'השלמת הקורס של מובילי הידע.', current_timestamp),
  ('regular', true, 'Regular', 'נוכחות קבועה',
   'Attended a community event in four quarters in a row.', 'השתתפות באירוע של הקהילה בארבעה רבעונים ברציפות.',
   current_timestamp),
  ('initiative-launcher', true, 'Initiative launcher', 'משיק יוזמה',
   'Launched a knowledge management initiative.', 'השקת יוזמה לניהול ידע.', current_timestamp),
  ('knowledge-keeper', true, 'Knowledge keeper', 'שומר ידע',
   'Completed an action to retain critical knowledge.', 'השלמת פעולה לשימור ידע קריטי.', current_timestamp),
  ('mentor', true, 'Mentor', 'חונך',
   'Helped in five joint projects.', 'סיוע בחמישה פרויקטים משותפים.', current_timestamp);
