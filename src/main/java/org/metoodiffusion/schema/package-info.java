/**
 * The database schema as versioned files, {@code cypher/schema/V0001__description.cypher}
 * (the naming of neo4j-migrations), applied at start in version order, each exactly once, and
 * recorded in the database as {@code (:SchemaMigration)} nodes.
 */
package org.metoodiffusion.schema;
