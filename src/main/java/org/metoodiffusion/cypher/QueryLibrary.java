package org.metoodiffusion.cypher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The statements of {@code cypher/queries/}, by {@link Query} handle. Loaded once at start; a missing name is a programming error
 * and fails loudly.
 */
@Component
public class QueryLibrary {

    public static final String FOLDER = "cypher/queries";

    private final Map<String, String> statements;

    public QueryLibrary() {
        var byName = new TreeMap<String, String>();
        for (Resource resource : CypherFiles.list(FOLDER)) {
            var parts = CypherFiles.statements(CypherFiles.read(resource));
            var name = nameOf(resource);
            if (parts.size() != 1) {
                throw new IllegalStateException(FOLDER + "/" + name + ".cypher must hold exactly one statement, has "
                        + parts.size());
            }
            byName.put(name, parts.get(0));
        }
        this.statements = Map.copyOf(byName);
    }

    /** The statement of the file {@code query} names. */
    public String get(Query query) {
        var statement = statements.get(query.path());
        if (statement == null) {
            throw new IllegalStateException("No query " + FOLDER + "/" + query.path() + ".cypher");
        }
        return statement;
    }

    /** The names of every file, as {@link Query#path()} gives them. */
    public Set<String> names() {
        return statements.keySet();
    }

    private static String nameOf(Resource resource) {
        try {
            var url = resource.getURL().toString();
            var start = url.lastIndexOf(FOLDER + "/") + FOLDER.length() + 1;
            return url.substring(start, url.length() - ".cypher".length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
