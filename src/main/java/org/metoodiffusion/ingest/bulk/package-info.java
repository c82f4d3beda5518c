/**
 * Bulk mode: for a database that does not exist yet, the importer's readers write Neo4j's
 * offline-import CSV files (de-duplicated as the transactional path would merge), and Neo4j's own
 * offline importer (the code path of {@code neo4j-admin database import full}) builds the store
 * from them, several times faster than transactions can.
 */
package org.metoodiffusion.ingest.bulk;
