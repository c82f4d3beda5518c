// The account interaction network, one row per directed (source, target, kind) with its count, as
// DocNow's twarc-network builds the user graph: for each post of the scope, its author -> the author
// of each post it retweets, replies to or quotes (when that author is known), and its author -> each
// account it mentions (the importer never records a retweet's leading "RT @x" as a mention). Plus
// account-level INTERACTED records (SNAP data) in every scope: they are records of their own.
// Self-loops are kept. Rows come in no particular order (sorting millions of pairs costs memory).
// An edited tweet counts once: a later version (EDIT_OF) adds an edge only when no earlier version
// of the same tweet in the scope has it (the first version, or a later one with a smaller id).
// Keep the UNION in step with network/nodes.cypher.
// Parameters: $scope ('collected': only posts that stood in the input as records of their own,
//   post.collected = true; 'all': every post in the graph, collected or only referenced).
// Example:
//   :param scope => 'collected'
CALL () {
  MATCH (source:Account)-[:POSTED]->(post:Post)-[reference:REPLY_TO|QUOTES|RETWEET_OF]->(:Post)<-[:POSTED]-(target:Account)
  WHERE ($scope = 'all' OR post.collected = true)
    AND NOT EXISTS {
      MATCH (post)-[:EDIT_OF]->(first:Post)<-[:EDIT_OF*0..1]-(earlier:Post)-[same]->(:Post)<-[:POSTED]-(target)
      WHERE type(same) = type(reference) AND (earlier = first OR earlier.id < post.id)
        AND ($scope = 'all' OR earlier.collected = true)
    }
  RETURN source, target, CASE type(reference) WHEN 'REPLY_TO' THEN 'reply' WHEN 'QUOTES' THEN 'quote' ELSE 'retweet' END AS kind
  UNION ALL
  MATCH (source:Account)-[:POSTED]->(post:Post)-[:MENTIONS]->(target:Account)
  WHERE ($scope = 'all' OR post.collected = true)
    AND NOT EXISTS {
      MATCH (post)-[:EDIT_OF]->(first:Post)<-[:EDIT_OF*0..1]-(earlier:Post)-[:MENTIONS]->(target)
      WHERE (earlier = first OR earlier.id < post.id) AND ($scope = 'all' OR earlier.collected = true)
    }
  RETURN source, target, 'mention' AS kind
  UNION ALL
  // No labels on INTERACTED's ends: the planner scans the relationship type (see centrality/project-accounts.cypher).
  MATCH (source)-[interaction:INTERACTED]->(target)
  RETURN source, target, interaction.kind AS kind
}
RETURN source.id AS source, target.id AS target, kind, count(*) AS weight;
