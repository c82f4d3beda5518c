/**
 * Centrality of accounts in the spread, computed by Neo4j Graph Data Science over projections of
 * the account interaction graph (embedded GDS by default; an external server must have the
 * plugin, and says so with a 503 problem when it does not).
 */
package org.metoodiffusion.centrality;
