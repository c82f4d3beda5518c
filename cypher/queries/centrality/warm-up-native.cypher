// The native projection's part of the server's warm-up at start (see centrality/warm-up-project.cypher):
// projects the few schema bookkeeping nodes natively with a weight (any database has them, not
// every one has AMPLIFIED yet), which loads GDS's native loader, and drops the result.
// Parameters: $graphName (string).
// Example:
//   :param graphName => 'warm-up-native-example'
CALL gds.graph.project($graphName, 'SchemaMigration',
       {INTERACTS: {type: '*', properties: {weight: {property: '*', aggregation: 'COUNT'}}}})
YIELD graphName
CALL gds.graph.drop(graphName)
YIELD graphName AS dropped
RETURN dropped;
