package org.metoodiffusion.ingest;

/**
 * What settling a store built by the offline importer has to look for, as far as the bulk import
 * that wrote it knows. Each statement it lets skip scans or plans against the whole new store (a
 * second or more each, cold, on the path from the importer to a usable database); skipping one
 * whose answer is known to be empty changes nothing.
 *
 * @param provisionalTwins an account known by handle only may have a twin known by id with that handle
 * @param editedPosts      an edit of a post was written ({@code EDIT_OF})
 * @param origins          an off-platform origin may be in the graph (only the seed story adds them)
 */
public record BulkSettling(boolean provisionalTwins, boolean editedPosts, boolean origins) {

    /** Nothing known: every settling statement runs (a store from {@code neo4j-admin}, the seed story loaded). */
    public static final BulkSettling EVERYTHING = new BulkSettling(true, true, true);
}
