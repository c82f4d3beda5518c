// One account with its activity: posts, first and last post time, mentions received, and the
// off-platform origins it carries.
// Parameters: $id (account id: the platform id, or '@handle' for a provisional account).
// Example:
//   :param id => '26642006'
MATCH (account:Account {id: $id})
CALL (account) {
  OPTIONAL MATCH (account)-[:POSTED]->(p:Post)
  RETURN count(p) AS posts, min(p.createdAt) AS firstPostAt, max(p.createdAt) AS lastPostAt
}
RETURN account {.*} AS account, posts,
       toString(firstPostAt) AS firstPostAt, toString(lastPostAt) AS lastPostAt,
       COUNT { (:Post)-[:MENTIONS]->(account) } AS mentionedBy,
       [(o:Origin)-[:HAS_ACCOUNT]->(account) | o.id] AS origins;
