// Projects the account interaction graph into GDS: an edge from the account that replied to,
// quoted, retweeted or mentioned (the amplifier) to the account it amplified, weighted by how
// many times it did so. Self-interactions are left out.
// Parameters: $graphName (string, unique per projection).
// Example:
//   :param graphName => 'interactions-example'
CALL () {
  MATCH (source:Account)-[:POSTED]->(:Post)-[:REPLY_TO|QUOTES|RETWEET_OF]->(:Post)<-[:POSTED]-(target:Account)
  RETURN source, target
  UNION ALL
  MATCH (source:Account)-[:POSTED]->(:Post)-[:MENTIONS]->(target:Account)
  RETURN source, target
}
WITH source, target
WHERE source <> target
WITH source, target, count(*) AS interactions
WITH gds.graph.project($graphName, source, target, {relationshipProperties: {weight: toFloat(interactions)}}) AS g
RETURN g.graphName AS graphName, g.nodeCount AS nodes, g.relationshipCount AS relationships;
