// Projects the account interaction graph over every kind and no window natively from the
// materialised AMPLIFIED relationships (amplified/*.cypher), weighted by their count: the same
// graph as centrality/project-accounts.cypher gives for those parameters, without aggregating the
// posts. Accounts without any AMPLIFIED relationship are filtered out after projecting, as the
// aggregating projection never sees them (centrality/project-amplified-every-account.cypher when
// there are none). With $undirected the two directions of a pair become
// one undirected edge whose weight is their sum.
// Parameters: $graphName (string, unique per projection; "$graphName-unfiltered" is used and
//   dropped on the way), $undirected (boolean).
// Example:
//   :param graphName => 'amplified-example'
//   :param undirected => false
CALL gds.graph.project($graphName + '-unfiltered', 'Account',
       {INTERACTS: {type: 'AMPLIFIED', orientation: CASE WHEN $undirected THEN 'UNDIRECTED' ELSE 'NATURAL' END,
                    aggregation: 'SUM', properties: {weight: {property: 'count', aggregation: 'SUM'}}}})
YIELD graphName AS unfiltered
CALL gds.degree.mutate(unfiltered, {mutateProperty: 'degree', orientation: 'UNDIRECTED'})
YIELD nodePropertiesWritten
CALL gds.graph.filter($graphName, unfiltered, 'n.degree > 0.0', '*')
YIELD graphName, nodeCount, relationshipCount
CALL gds.graph.drop(unfiltered)
YIELD graphName AS dropped
RETURN graphName, nodeCount AS nodes, relationshipCount AS relationships;
