// Indexes the queries need: time windows over posts, accounts by case-insensitive handle,
// and the datasets a record came from.
CREATE INDEX post_created_at IF NOT EXISTS FOR (p:Post) ON (p.createdAt);
CREATE INDEX account_username IF NOT EXISTS FOR (a:Account) ON (a.username);
CREATE INDEX account_handle IF NOT EXISTS FOR (a:Account) ON (a.handle);
CREATE INDEX post_dataset IF NOT EXISTS FOR (p:Post) ON (p.dataset);
