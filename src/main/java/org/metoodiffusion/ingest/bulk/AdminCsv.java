package org.metoodiffusion.ingest.bulk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.metoodiffusion.ingest.ImportSummary;

/**
 * Offline-import files written for a Neo4j server the user runs, and how to load them.
 *
 * @param reading   the reading summary
 * @param directory where the files are
 * @param arguments the options of {@code neo4j-admin database import full}, files as absolute paths
 * @param database  the database to build
 */
public record AdminCsv(ImportSummary reading, Path directory, List<String> arguments, String database) {

    public AdminCsv {
        arguments = List.copyOf(arguments);
    }

    /** The arguments the offline importer takes, the database last. */
    public List<String> importerArguments() {
        var all = new ArrayList<>(arguments);
        all.add(database);
        return all;
    }

    /** The shell command that builds the database from the files. */
    public String command() {
        var words = new ArrayList<String>(List.of("neo4j-admin", "database", "import", "full"));
        importerArguments().forEach(argument -> words.add(shellQuoted(argument)));
        return String.join(" ", words);
    }

    /** Quoted for a POSIX shell when it holds anything but safe characters (paths with spaces). */
    private static String shellQuoted(String word) {
        return word.matches("[A-Za-z0-9_./=:,@+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
