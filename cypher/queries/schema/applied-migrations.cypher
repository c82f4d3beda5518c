// Schema migrations already applied to this database, in version order.
// Parameters: none.
// Example (cypher-shell): run as is.
MATCH (m:SchemaMigration)
RETURN m.version AS version, m.description AS description, m.checksum AS checksum
ORDER BY version;
