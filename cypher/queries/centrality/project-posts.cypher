// Projects the post reference graph into GDS: an edge from a post to the post it replies to,
// quotes or retweets (amplifier to amplified), for the kinds in $kinds, for amplifying posts
// created inside the window [$from, $to) (a null bound is open). With $undirected each pair
// becomes one undirected edge. Weight 1 per reference (summed over both directions if undirected).
// Parameters: $graphName (string, unique per projection), $kinds (list of 'retweet', 'reply',
//   'quote'), $from, $to (datetime or null), $undirected (boolean).
// Example:
//   :param graphName => 'posts-example'
//   :param kinds => ['retweet', 'reply', 'quote']
//   :param from => null
//   :param to => null
//   :param undirected => false
MATCH (source:Post)-[reference:REPLY_TO|QUOTES|RETWEET_OF]->(target:Post)
WHERE CASE type(reference) WHEN 'REPLY_TO' THEN 'reply' WHEN 'QUOTES' THEN 'quote' ELSE 'retweet' END IN $kinds
  AND ($from IS NULL OR source.createdAt >= $from) AND ($to IS NULL OR source.createdAt < $to)
  AND source <> target
WITH CASE WHEN $undirected AND elementId(target) < elementId(source) THEN [target, source]
          ELSE [source, target] END AS pair
WITH pair[0] AS source, pair[1] AS target, count(*) AS weight
WITH gds.graph.project($graphName, source, target,
       {relationshipType: 'REFERENCES', relationshipProperties: {weight: toFloat(weight)}},
       {undirectedRelationshipTypes: CASE WHEN $undirected THEN ['REFERENCES'] ELSE [] END}) AS g
RETURN g.graphName AS graphName, g.nodeCount AS nodes, g.relationshipCount AS relationships;
