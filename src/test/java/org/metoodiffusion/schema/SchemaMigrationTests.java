package org.metoodiffusion.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SchemaMigrationTests {

    @Test
    void parsesVersionDescriptionAndStatements() {
        var migration = SchemaMigration.parse("V0012__cascade_indexes.cypher", """
                // a comment
                CREATE INDEX a IF NOT EXISTS FOR (p:Post) ON (p.x);
                CREATE INDEX b IF NOT EXISTS
                  FOR (p:Post) ON (p.y);
                """);
        assertThat(migration.version()).isEqualTo(12);
        assertThat(migration.description()).isEqualTo("cascade indexes");
        assertThat(migration.statements()).hasSize(2);
        assertThat(migration.statements().get(1)).startsWith("CREATE INDEX b").endsWith("ON (p.y)");
        assertThat(migration.checksum()).hasSize(64);
    }

    @Test
    void checksumIgnoresLineEndingsButNotContent() {
        var unix = SchemaMigration.parse("V1__a.cypher", "RETURN 1;\n");
        var windows = SchemaMigration.parse("V1__a.cypher", "RETURN 1;\r\n");
        var edited = SchemaMigration.parse("V1__a.cypher", "RETURN 2;\n");
        assertThat(windows.checksum()).isEqualTo(unix.checksum());
        assertThat(edited.checksum()).isNotEqualTo(unix.checksum());
    }

    @Test
    void refusesBadNamesAndEmptyFiles() {
        assertThatThrownBy(() -> SchemaMigration.parse("keys.cypher", "RETURN 1;"))
                .isInstanceOf(SchemaMigrationException.class).hasMessageContaining("V<version>__<description>");
        assertThatThrownBy(() -> SchemaMigration.parse("V3__empty.cypher", "// nothing here\n"))
                .isInstanceOf(SchemaMigrationException.class).hasMessageContaining("holds no statement");
    }
}
