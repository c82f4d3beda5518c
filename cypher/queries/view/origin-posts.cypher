// The posts that carry an off-platform origin onto the platform: posts that credit it (stated, or
// by mentioning one of its accounts) and posts written by its accounts, oldest first, with their
// authors and how each one carries it ('stated', 'mention' or 'account').
// Parameters: $origin (origin id).
// Example:
//   :param origin => 'burke-2006'
MATCH (origin:Origin {id: $origin})
CALL (origin) {
  MATCH (post:Post)-[credit:CREDITS]->(origin)
  RETURN post, coalesce(credit.via, 'stated') AS via
  UNION
  MATCH (origin)-[:HAS_ACCOUNT]->(:Account)-[:POSTED]->(post:Post)
  RETURN post, 'account' AS via
}
WITH origin, post, collect(via) AS vias
OPTIONAL MATCH (author:Account)-[:POSTED]->(post)
RETURN origin.year AS year, post.id AS id, post.createdAt AS time, author.id AS accountId,
       author.username AS username, author.followers AS followers, vias[0] AS via
ORDER BY time, id;
