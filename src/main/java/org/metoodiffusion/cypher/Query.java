package org.metoodiffusion.cypher;

import java.util.Locale;

/**
 * A handle on one statement of {@code cypher/queries/}: each feature declares its files as the
 * constants of an enum implementing this interface, so Java names a file only through a constant
 * and {@code QueryHandlesTests} can check that every file has a handle and every handle a file.
 * The file is {@code <folder>/<constant in lower case, '_' as '-'>.cypher}: {@code LookupQuery.POST}
 * is {@code cypher/queries/lookup/post.cypher}.
 */
public interface Query {

    /** The folder below {@code cypher/queries/}. */
    String folder();

    /** The enum constant's name. */
    String name();

    /** The file's path below {@code cypher/queries/}, without the extension ({@code lookup/post}). */
    default String path() {
        return folder() + "/" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
