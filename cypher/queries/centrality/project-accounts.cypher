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
  MATCH (source:Account)-[interaction:INTERACTED]->(target:Account)
  WHERE interaction.kind IN $kinds
    AND ($from IS NULL OR interaction.at >= $from) AND ($to IS NULL OR interaction.at < $to)
  RETURN source, target
}
WITH source, target
WHERE source <> target
WITH CASE WHEN $undirected AND elementId(target) < elementId(source) THEN [target, source]
          ELSE [source, target] END AS pair
WITH pair[0] AS source, pair[1] AS target, count(*) AS weight
WITH gds.graph.project($graphName, source, target,
       {relationshipType: 'INTERACTS', relationshipProperties: {weight: toFloat(weight)}},
       {undirectedRelationshipTypes: CASE WHEN $undirected THEN ['INTERACTS'] ELSE [] END}) AS g
RETURN g.graphName AS graphName, g.nodeCount AS nodes, g.relationshipCount AS relationships;
