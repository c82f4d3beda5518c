// The posts that start an origin's cascade on the platform: posts by its accounts, posts crediting
// it, and posts mentioning its accounts. One row per post; 'via' says why (POSTED before CREDITS
// before MENTIONS when several apply).
// Parameters: $id (origin id, string).
// Example:
//   :param id => 'burke-2006'
MATCH (origin:Origin {id: $id})
CALL (origin) {
  MATCH (origin)-[:HAS_ACCOUNT]->(:Account)-[:POSTED]->(post:Post)
  RETURN post, 0 AS rank, 'POSTED' AS via
  UNION
  MATCH (origin)<-[:CREDITS]-(post:Post)
  RETURN post, 1 AS rank, 'CREDITS' AS via
  UNION
  MATCH (origin)-[:HAS_ACCOUNT]->(:Account)<-[:MENTIONS]-(post:Post)
  RETURN post, 2 AS rank, 'MENTIONS' AS via
}
WITH post, min(rank) AS rank, collect(via) AS vias
OPTIONAL MATCH (author:Account)-[:POSTED]->(post)
RETURN post.id AS post, author.id AS account, author.username AS username,
       post.createdAt.epochMillis AS at, ['POSTED', 'CREDITS', 'MENTIONS'][rank] AS via;
