/**
 * The query library: every Cypher statement the application runs is a file under
 * {@code cypher/queries/} (one statement each, runnable unchanged in cypher-shell), loaded here by
 * name from the classpath; and {@link org.metoodiffusion.cypher.Cypher}, the one way statements
 * run, whose implementations the store provides (in-process when embedded, the driver when external).
 */
package org.metoodiffusion.cypher;
