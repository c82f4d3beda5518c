/**
 * Where the graph lives: the embedded Neo4j 5.26 DBMS (with Graph Data Science and APOC
 * registered into it, Bolt on loopback) or an external server named by {@code NEO4J_URI}; the
 * {@link org.metoodiffusion.cypher.Cypher} the rest of the application runs statements through
 * ({@link org.metoodiffusion.store.EmbeddedCypher} in-process, else {@code DriverCypher}), and the
 * {@link org.neo4j.driver.Driver} behind the latter, kept for Bolt clients and health.
 */
package org.metoodiffusion.store;
