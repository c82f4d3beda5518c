// A fingerprint of the graph from the count store (constant time): node and relationship counts.
// Cached results (cascades, centrality) are keyed on it when the database is an external server (the
// embedded one uses its last committed transaction id instead).
// Parameters: none.
// Example (cypher-shell): run as is.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH ()-[r:INTERACTED]->() RETURN count(r) AS interactions }
CALL () { MATCH (p:Post) RETURN count(p) AS posts }
RETURN nodes, relationships, interactions, posts;
