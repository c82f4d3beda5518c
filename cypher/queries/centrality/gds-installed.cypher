// Whether the Graph Data Science plugin is installed (its gds.version() function exists).
// Parameters: none.
// Example (cypher-shell): run as is.
SHOW FUNCTIONS YIELD name
WHERE name = 'gds.version'
RETURN count(*) > 0 AS installed;
