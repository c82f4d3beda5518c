package org.metoodiffusion.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CypherFilesTests {

    @Test
    void splitsOnSemicolonsAtLineEndsAndDropsWholeLineComments() {
        var statements = CypherFiles.statements("""
                // header
                MATCH (n) RETURN n;
                  // indented comment
                RETURN 'a;b' AS s
                ;
                """);
        assertThat(statements).containsExactly("MATCH (n) RETURN n", "RETURN 'a;b' AS s");
    }

    @Test
    void aFileWithoutTrailingSemicolonIsOneStatement() {
        assertThat(CypherFiles.statements("RETURN 1")).containsExactly("RETURN 1");
    }
}
