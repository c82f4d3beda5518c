// True when the database holds no data yet (schema and derived-data bookkeeping nodes aside).
// Parameters: none.
// Example (cypher-shell): run as is.
RETURN NOT EXISTS { MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:MaterialisedGraph } AS empty;
