package org.metoodiffusion.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.github.classgraph.ClassGraph;
import org.junit.jupiter.api.Test;

/** Java names the Cypher files only through {@link Query} handles: one handle per file, one file per handle. */
class QueryHandlesTests {

    /** Every constant of every enum of the application that implements {@link Query}. */
    static List<Query> handles() {
        try (var scan = new ClassGraph().enableClassInfo().acceptPackages("org.metoodiffusion").scan()) {
            return scan.getClassesImplementing(Query.class).filter(info -> info.isEnum())
                    .loadClasses(Query.class).stream()
                    .flatMap(type -> Arrays.stream(type.getEnumConstants())).toList();
        }
    }

    @Test
    void everyFileHasAHandleAndEveryHandleAFile() {
        var handled = handles().stream().map(Query::path).collect(Collectors.toList());
        assertThat(handled).doesNotHaveDuplicates();
        assertThat(handled).hasSizeGreaterThan(50).containsExactlyInAnyOrderElementsOf(new QueryLibrary().names());
    }
}
