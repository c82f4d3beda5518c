// The filtering part of the server's warm-up at start (see centrality/warm-up-project.cypher): the
// steps centrality/project-amplified.cypher takes after its native projection (degree, filter on
// it, drop of the unfiltered graph), run on the synthetic graph, whose every node has a relationship
// so the filter copies it whole, as it copies nearly all of the interaction graph.
// Parameters: $graphName (string; the synthetic graph is "$graphName-unfiltered", dropped here).
// Example:
//   :param graphName => 'warm-up-example'
CALL gds.degree.mutate($graphName + '-unfiltered', {mutateProperty: 'degree', orientation: 'UNDIRECTED'})
YIELD nodePropertiesWritten
CALL gds.graph.filter($graphName, $graphName + '-unfiltered', 'n.degree > 0.0', '*')
YIELD graphName, nodeCount
CALL gds.graph.drop($graphName + '-unfiltered')
YIELD graphName AS dropped
RETURN graphName, nodeCount AS nodes;
