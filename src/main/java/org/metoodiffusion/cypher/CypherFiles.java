package org.metoodiffusion.cypher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Reading {@code .cypher} files from the classpath: text, statements, comments. */
public final class CypherFiles {

    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);

    private CypherFiles() {
    }

    /** Every resource matching {@code classpath*:<folder>/**}{@code /*.cypher}. */
    public static Resource[] list(String folder) {
        try {
            return new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "/**/*.cypher");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    /** The file's text, read as UTF-8. */
    public static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
        }
    }

    /**
     * Splits a file into statements: each ends with a semicolon at the end of a line, as
     * cypher-shell expects; whole-line {@code //} comments are dropped.
     */
    public static List<String> statements(String text) {
        var withoutComments = text.lines()
                .filter(line -> !line.stripLeading().startsWith("//"))
                .reduce(new StringBuilder(), (sb, line) -> sb.append(line).append('\n'), StringBuilder::append)
                .toString();
        var statements = new ArrayList<String>();
        for (String part : STATEMENT_END.split(withoutComments)) {
            if (!part.isBlank()) {
                statements.add(part.strip());
            }
        }
        return statements;
    }
}
