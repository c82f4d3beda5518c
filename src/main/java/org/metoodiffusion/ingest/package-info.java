/**
 * The importer: reads the formats researchers have (Twitter v1.1 JSON, twarc2 v2 JSONL, twarc-csv,
 * twarc1 json2csv, id-only files, SNAP edge lists, a plain CSV trio), turns each record into {@link
 * org.metoodiffusion.ingest.ImportItem}s, and merges them into the graph in batches, each its own
 * transaction, so that an import can be repeated or resumed without duplicating anything.
 *
 * <p>Format readers live in {@code ingest.format}; each knows one format and nothing else.
 */
package org.metoodiffusion.ingest;
