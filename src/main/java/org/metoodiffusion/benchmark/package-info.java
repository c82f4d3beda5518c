/**
 * Benchmarks that print figures and ratios against a reference measured in the same run (never
 * timed unit tests): how fast the importer loads a generated campaign, and how that compares with
 * Neo4j's own offline importer on the same data. Also the build's class data sharing training
 * ({@link org.metoodiffusion.benchmark.ClassDataSharingTraining}), which launches the server as
 * the start-up benchmark does.
 */
package org.metoodiffusion.benchmark;
