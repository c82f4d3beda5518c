// Projects the account interaction graph into GDS: an edge from the account that retweeted,
// replied to, quoted or mentioned (the amplifier) to the account it amplified, weighted by how
// many times it did so, from post-level data (POSTED posts and their references and mentions) and
// account-level data (INTERACTED, e.g. SNAP) alike. Only the kinds in $kinds count, only inside
// the window [$from, $to) on the amplifying post's createdAt (or INTERACTED.at); a null bound is
// open. Self-interactions are left out. With $undirected the two directions of a pair become one
// undirected edge whose weight is their sum (for k-core, Leiden, Louvain, bridges...).
// Parameters: $graphName (string, unique per projection), $kinds (list of 'retweet', 'reply',
//   'quote', 'mention'), $from, $to (datetime or null), $undirected (boolean).
// Example:
//   :param graphName => 'interactions-example'
//   :param kinds => ['retweet', 'reply', 'quote', 'mention']
//   :param from => datetime('2017-10-15T00:00:00Z')
//   :param to => null
//   :param undirected => false
CALL () {
  MATCH (source:Account)-[:POSTED]->(post:Post)-[reference:REPLY_TO|QUOTES|RETWEET_OF]->(:Post)<-[:POSTED]-(target:Account)
  WHERE CASE type(reference) WHEN 'REPLY_TO' THEN 'reply' WHEN 'QUOTES' THEN 'quote' ELSE 'retweet' END IN $kinds
    AND ($from IS NULL OR post.createdAt >= $from) AND ($to IS NULL OR post.createdAt < $to)
  RETURN source, target
  UNION ALL
  MATCH (source:Account)-[:POSTED]->(post:Post)-[:MENTIONS]->(target:Account)
  WHERE 'mention' IN $kinds
    AND ($from IS NULL OR post.createdAt >= $from) AND ($to IS NULL OR post.createdAt < $to)
  RETURN source, target
  UNION ALL
  // INTERACTED only links accounts: no label on its ends lets the planner scan the relationship type
  // instead of every account and its relationships (half the projection's time on SNAP-sized data).
  MATCH (source)-[interaction:INTERACTED]->(target)
  WHERE interaction.kind IN $kinds
    AND ($from IS NULL OR interaction.at >= $from) AND ($to IS NULL OR interaction.at < $to)
  RETURN source, target
}
WITH source, target
WHERE source <> target
WITH source, target, $undirected AND elementId(target) < elementId(source) AS swap
// Grouped by the two nodes, not by a [source, target] list (cheaper keys).
WITH CASE WHEN swap THEN target ELSE source END AS source, CASE WHEN swap THEN source ELSE target END AS target,
     count(*) AS weight
WITH gds.graph.project($graphName, source, target,
       {relationshipType: 'INTERACTS', relationshipProperties: {weight: toFloat(weight)}},
       {undirectedRelationshipTypes: CASE WHEN $undirected THEN ['INTERACTS'] ELSE [] END}) AS g
RETURN g.graphName AS graphName, g.nodeCount AS nodes, g.relationshipCount AS relationships;
