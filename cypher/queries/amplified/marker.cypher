// The state of the graph the AMPLIFIED relationships were built from (see amplified/mark.cypher),
// no row when they were never built.
// Parameters: none.
// Example (cypher-shell): run as is.
MATCH (marker:MaterialisedGraph {name: 'AMPLIFIED'})
RETURN marker.version AS version, marker.dataVersion AS dataVersion, marker.relationships AS relationships, marker.everyAccount AS everyAccount;
