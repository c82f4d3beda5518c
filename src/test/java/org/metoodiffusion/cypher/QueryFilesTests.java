package org.metoodiffusion.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.metoodiffusion.support.EmbeddedAppTest;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;

/**
 * Every file of {@code cypher/queries/} compiles ({@code EXPLAIN}) against the real database, and
 * its header documents every parameter it uses and shows how to run it in cypher-shell.
 */
class QueryFilesTests extends EmbeddedAppTest {

    private static final Pattern PARAMETER = Pattern.compile("\\$(\\w+)");

    @Autowired
    Driver driver;

    @Autowired
    QueryLibrary library;

    @TestFactory
    Stream<DynamicTest> everyQueryCompiles() {
        return QueryHandlesTests.handles().stream().map(query -> DynamicTest.dynamicTest(query.path(), () -> {
            var statement = library.get(query);
            Map<String, Object> parameters = new HashMap<>();
            PARAMETER.matcher(statement).results().forEach(m -> parameters.put(m.group(1), null));
            driver.executableQuery("EXPLAIN " + statement).withParameters(parameters).execute();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyQueryHasAHeaderNamingItsParameters() {
        return Stream.of(CypherFiles.list(QueryLibrary.FOLDER)).map(resource -> DynamicTest.dynamicTest(
                resource.getFilename(), () -> checkHeader(resource)));
    }

    private static void checkHeader(Resource resource) {
        var text = CypherFiles.read(resource);
        var header = text.lines().takeWhile(line -> line.startsWith("//")).reduce("", (a, b) -> a + b + "\n");
        assertThat(header).as("header of %s", resource.getFilename()).isNotBlank().contains("Parameters");
        assertThat(header).contains("Example");
        var body = String.join("\n", CypherFiles.statements(text));
        PARAMETER.matcher(body).results().forEach(m -> assertThat(header)
                .as("%s documents $%s", resource.getFilename(), m.group(1)).contains("$" + m.group(1)));
        assertThat(text.strip()).as("%s ends with ';' for cypher-shell", resource.getFilename()).endsWith(";");
    }
}
