// GDS PageRank's own compute time (no projection, no result read), for the centrality benchmark's
// like-for-like comparison with networkx's compute-only time: projects the account-level INTERACTED
// edges natively (parallel edges counted into the weight, as the REST projection does), runs
// gds.pageRank.stats with the server's parameters (GDS defaults), and drops the projection.
// Parameters: $graphName (string, unique), $config (map, PageRank configuration).
// Example:
//   :param graphName => 'benchmark-pagerank'
//   :param config => {relationshipWeightProperty: 'weight'}
CALL gds.graph.project($graphName, 'Account',
       {INTERACTED: {properties: {weight: {property: '*', aggregation: 'COUNT'}}}})
YIELD nodeCount, relationshipCount
CALL gds.pageRank.stats($graphName, $config)
YIELD computeMillis, ranIterations
CALL gds.graph.drop($graphName)
YIELD graphName
RETURN nodeCount, relationshipCount, computeMillis, ranIterations;
