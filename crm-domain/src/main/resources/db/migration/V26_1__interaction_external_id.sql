-- Imports of interactions (issue 11): the id an interaction has in the system it was imported from (a call
-- centre, a mail tool), so that a nightly feed can be imported again, and corrected, without duplicates.
alter table interaction add column external_id varchar(100);
create unique index interaction_external_id_uk on interaction (external_id) where external_id is not null;
-- contacts found by their customer and e-mail address (the import's natural key)
create index contact_customer_email_idx on contact (customer_id, lower(email)) where email is not null;
