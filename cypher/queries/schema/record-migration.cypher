// Records that a schema migration file has been applied.
// Parameters: $version (integer), $description, $checksum (SHA-256 of the file), $file.
// Example:
//   :param version => 1
//   :param description => 'keys'
//   :param checksum => 'abc'
//   :param file => 'V0001__keys.cypher'
MERGE (m:SchemaMigration {version: $version})
ON CREATE SET m.description = $description, m.checksum = $checksum, m.file = $file,
              m.appliedAt = datetime();
