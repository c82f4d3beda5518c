// Who the given accounts replied to, quoted or mentioned, and when (epoch milliseconds), for the
// interaction reconstruction of retweet cascades. Account-level INTERACTED edges (SNAP RE and MT
// lines, stored as kind 'reply' and 'mention') count too; retweets do not, since a retweet is what
// is being explained.
// Parameters: $ids (list of account ids).
// Example:
//   :param ids => ['26642006']
UNWIND $ids AS id
MATCH (account:Account {id: id})
CALL (account) {
  MATCH (account)-[:POSTED]->(post:Post)-[:REPLY_TO|QUOTES]->(:Post)<-[:POSTED]-(other:Account)
  RETURN other, post.createdAt AS at
  UNION ALL
  MATCH (account)-[:POSTED]->(post:Post)-[:MENTIONS]->(other:Account)
  WHERE NOT (post)-[:RETWEET_OF]->()
  RETURN other, post.createdAt AS at
  UNION ALL
  MATCH (account)-[interaction:INTERACTED]->(other:Account)
  WHERE interaction.kind IN ['reply', 'mention']
  RETURN other, interaction.at AS at
}
WITH id, other, at
WHERE other.id <> id AND at IS NOT NULL
RETURN id AS account, other.id AS other, at.epochMillis AS at;
