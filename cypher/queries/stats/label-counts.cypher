// Number of nodes per label (schema bookkeeping excluded).
// Parameters: none.
// Example (cypher-shell): run as is.
CALL db.labels() YIELD label
WHERE label <> 'SchemaMigration'
CALL (label) {
  MATCH (n) WHERE label IN labels(n)
  RETURN count(n) AS count
}
RETURN label, count
ORDER BY label;
