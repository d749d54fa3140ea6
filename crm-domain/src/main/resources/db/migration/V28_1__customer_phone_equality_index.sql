-- The import's possible-duplicate check looks customers up by the exact digits of a phone number. The
-- trigram index on phone_digits (V3) serves the search box's "contains" but is a poor fit for equality:
-- phone numbers share most of their trigrams, so each lookup rechecks thousands of rows. A plain b-tree
-- answers equality directly.
create index customer_phone_digits_idx on customer (phone_digits) where phone_digits is not null;
