// One account with its activity: posts, first and last post time, mentions received, and the
// off-platform origins it carries. Found by id, or by handle whatever its case (an account with a
// platform id before a provisional twin).
// Parameters: $id (account id: the platform id, or '@handle' in lower case for a provisional account),
//             $handle (lower-case handle without '@', or null).
// Example:
//   :param id => '26642006'
//   :param handle => null
MATCH (account:Account)
WHERE account.id = $id OR account.handle = $handle
WITH account
ORDER BY account.provisional IS NOT NULL AND account.provisional
LIMIT 1
CALL (account) {
  OPTIONAL MATCH (account)-[:POSTED]->(p:Post)
  RETURN count(p) AS posts, min(p.createdAt) AS firstPostAt, max(p.createdAt) AS lastPostAt
}
RETURN account {.*} AS account, posts,
       toString(firstPostAt) AS firstPostAt, toString(lastPostAt) AS lastPostAt,
       COUNT { (:Post)-[:MENTIONS]->(account) } AS mentionedBy,
       [(o:Origin)-[:HAS_ACCOUNT]->(account) | o.id] AS origins;
