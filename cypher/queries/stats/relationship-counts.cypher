// Number of relationships per type.
// Parameters: none.
// Example (cypher-shell): run as is.
CALL db.relationshipTypes() YIELD relationshipType AS type
CALL (type) {
  MATCH ()-[r]->() WHERE type(r) = type
  RETURN count(r) AS count
}
RETURN type, count
ORDER BY type;
