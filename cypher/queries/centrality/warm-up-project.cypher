// Projects a synthetic graph (integer node ids, nothing read from the database) for the server's
// warm-up at start: PageRank on it and the reading of its values run the code of a first real
// request once, so that request does not pay GDS's class loading and the JIT's first compilations.
// Each node i links to (i * 7919 + 1) mod $nodes.
// Parameters: $graphName (string), $nodes (integer).
// Example:
//   :param graphName => 'warm-up-example'
//   :param nodes => 100000
UNWIND range(0, $nodes - 1) AS node
WITH gds.graph.project($graphName, node, (node * 7919 + 1) % $nodes,
       {relationshipType: 'INTERACTS', relationshipProperties: {weight: 1.0}}) AS g
RETURN g.graphName AS graphName, g.nodeCount AS nodes;
