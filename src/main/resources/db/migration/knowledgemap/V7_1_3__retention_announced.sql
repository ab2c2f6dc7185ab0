-- The risk level last announced for a holder (RetentionRiskRaised goes out once per rise into HIGH, whether an edit
-- or the passing of time raised it): HIGH once announced, set back when the risk falls below high.
alter table knowledgemap_holder add column announced_level varchar(8);

-- An action's kind names reach 20 characters (RECORDED_WALKTHROUGH).
alter table knowledgemap_action alter column kind set data type varchar(24);
