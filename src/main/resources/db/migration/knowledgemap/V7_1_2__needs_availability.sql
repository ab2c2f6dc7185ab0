-- A need's availability PARTLY_DOCUMENTED is 17 characters; the first schema left room for 12.
alter table knowledgemap_need alter column availability set data type varchar(20);
