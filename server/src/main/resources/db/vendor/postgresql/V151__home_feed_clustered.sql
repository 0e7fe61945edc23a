-- Decision 0024: the (account_id, author_id) index goes, since every delete by author first narrows to one account's
-- feed, which the primary key (account_id, status_id) already serves; one index less to keep per fan-out row.
-- (SQLite also clusters the table on its key; PostgreSQL has no such table kind.)
DROP INDEX home_feed_author;
