// Projects the account interaction graph over every kind and no window natively from the
// materialised AMPLIFIED relationships, weighted by their count, when every account has one (the
// build records whether: amplified/mark.cypher): no filtering needed, unlike
// centrality/project-amplified.cypher. With $undirected the two directions of a pair become one
// undirected edge whose weight is their sum.
// Parameters: $graphName (string, unique per projection), $undirected (boolean).
// Example:
//   :param graphName => 'amplified-example'
//   :param undirected => false
CALL gds.graph.project($graphName, 'Account',
       {INTERACTS: {type: 'AMPLIFIED', orientation: CASE WHEN $undirected THEN 'UNDIRECTED' ELSE 'NATURAL' END,
                    aggregation: 'SUM', properties: {weight: {property: 'count', aggregation: 'SUM'}}}})
YIELD graphName, nodeCount, relationshipCount
RETURN graphName, nodeCount AS nodes, relationshipCount AS relationships;
