// True when the database holds no data yet (schema bookkeeping nodes aside).
// Parameters: none.
// Example (cypher-shell): run as is.
RETURN NOT EXISTS { MATCH (n) WHERE NOT n:SchemaMigration } AS empty;
