-- PER-2: a dispatched cadre's account is linked to at most one person record, and a person record
-- to at most one account.
create unique index user_account_person_uk on user_account (person_id) where person_id is not null;
