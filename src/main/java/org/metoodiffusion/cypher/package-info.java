/**
 * The query library: every Cypher statement the application runs is a file under
 * {@code cypher/queries/} (one statement each, runnable unchanged in cypher-shell), loaded here by
 * name from the classpath.
 */
package org.metoodiffusion.cypher;
