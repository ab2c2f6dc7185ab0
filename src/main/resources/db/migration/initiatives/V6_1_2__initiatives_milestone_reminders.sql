-- A milestone's leader is reminded once per due date: the reminder marks the row with the date it was for, so a
-- moved due date starts a new reminder.
alter table initiatives_milestone add column reminded_for date;
