// Number of relationships per type, read from Neo4j's count store (constant time at any graph
// size); the derived AMPLIFIED relationships and types no relationship has any more are left out.
// Parameters: none.
// Example (cypher-shell): run as is.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
UNWIND data.relationships AS entry
WITH entry
WHERE entry.relationshipType IS NOT NULL AND entry.relationshipType <> 'AMPLIFIED' AND entry.startLabel IS NULL
  AND entry.endLabel IS NULL
  AND entry.count > 0
RETURN entry.relationshipType AS type, entry.count AS count
ORDER BY type;
