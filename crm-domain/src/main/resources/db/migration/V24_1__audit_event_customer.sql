-- A manager reads the events on their team's customers, which include the events on those customers'
-- contacts, orders, interactions and complaints. Each line now names the customer its record belongs to
-- (written by the module that made the change), so that the audit page decides by the customer's current
-- team in one comparison, without knowing every kind of record, and also for a record since deleted.
-- No foreign key: a line outlives the customer it was about.
alter table audit_event add column customer_id bigint;

-- The lines written before: the customer of each record that still exists. (Lines about records
-- deleted before this version keep no customer; administrators still see them.)
update audit_event set customer_id = entity_id where entity_type = 'customer';
update audit_event a set customer_id = c.customer_id from contact c
    where a.entity_type = 'contact' and c.id = a.entity_id;
update audit_event a set customer_id = o.customer_id from customer_order o
    where a.entity_type = 'order' and o.id = a.entity_id;
update audit_event a set customer_id = i.customer_id from interaction i
    where a.entity_type = 'interaction' and i.id = a.entity_id;
update audit_event a set customer_id = c.customer_id from complaint c
    where a.entity_type = 'complaint' and c.id = a.entity_id;
