// The account interaction network, one row per directed (source, target, kind) with its count, as
// DocNow's twarc-network builds the user graph: for each post of the scope, its author -> the author
// of each post it retweets, replies to or quotes (when that author is known), and its author -> each
// account it mentions (the importer never records a retweet's leading "RT @x" as a mention). Plus
// account-level INTERACTED records (SNAP data) in every scope: they are records of their own.
// Self-loops are kept. Rows come in no particular order (sorting millions of pairs costs memory).
// Keep the UNION in step with network/nodes.cypher.
// Parameters: $scope ('collected': only posts that stood in the input as records of their own,
//   post.collected = true; 'all': every post in the graph, collected or only referenced).
// Example:
//   :param scope => 'collected'
CALL () {
  MATCH (source:Account)-[:POSTED]->(post:Post)-[reference:REPLY_TO|QUOTES|RETWEET_OF]->(:Post)<-[:POSTED]-(target:Account)
  WHERE $scope = 'all' OR post.collected = true
  RETURN source, target, CASE type(reference) WHEN 'REPLY_TO' THEN 'reply' WHEN 'QUOTES' THEN 'quote' ELSE 'retweet' END AS kind
  UNION ALL
  MATCH (source:Account)-[:POSTED]->(post:Post)-[:MENTIONS]->(target:Account)
  WHERE $scope = 'all' OR post.collected = true
  RETURN source, target, 'mention' AS kind
  UNION ALL
  // No labels on INTERACTED's ends: the planner scans the relationship type (see centrality/project-accounts.cypher).
  MATCH (source)-[interaction:INTERACTED]->(target)
  RETURN source, target, interaction.kind AS kind
}
RETURN source.id AS source, target.id AS target, kind, count(*) AS weight;
