/**
 * Where the graph lives: the embedded Neo4j 5.26 DBMS (with Graph Data Science and APOC
 * registered into it, Bolt on loopback) or an external server named by {@code NEO4J_URI}, and the
 * one {@link org.neo4j.driver.Driver} the rest of the application talks through.
 */
package org.metoodiffusion.store;
