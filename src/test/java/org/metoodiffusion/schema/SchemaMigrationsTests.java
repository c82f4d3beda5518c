package org.metoodiffusion.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmbeddedAppTest;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

class SchemaMigrationsTests extends EmbeddedAppTest {

    @Autowired
    Driver driver;

    @Autowired
    SchemaMigrations migrations;

    @Test
    void everyFileIsRecordedOnceInVersionOrder() {
        var recorded = driver.executableQuery("MATCH (m:SchemaMigration) RETURN m.version AS v ORDER BY v")
                .execute().records().stream().map(r -> r.get("v").asInt()).toList();
        var files = migrations.migrations().stream().map(SchemaMigration::version).toList();
        assertThat(files).isNotEmpty().isSorted().doesNotHaveDuplicates();
        assertThat(recorded).isEqualTo(files);
    }

    @Test
    void applyingAgainDoesNothing() {
        assertThat(migrations.apply()).isZero();
        var count = driver.executableQuery("MATCH (m:SchemaMigration) RETURN count(m) AS c").execute()
                .records().get(0).get("c").asInt();
        assertThat(count).isEqualTo(migrations.migrations().size());
    }

    @Test
    void keysAndIndexesExist() {
        var constraints = driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
                .execute().records().get(0).get("names").asList(v -> v.asString());
        assertThat(constraints).contains("account_id", "post_id", "hashtag_tag", "origin_id");
        var indexes = driver.executableQuery("SHOW INDEXES YIELD name RETURN collect(name) AS names")
                .execute().records().get(0).get("names").asList(v -> v.asString());
        assertThat(indexes).contains("post_created_at", "account_username", "account_handle");
    }

    @Test
    void aChangedAppliedFileIsRefusedWithItsName() {
        var original = driver.executableQuery("MATCH (m:SchemaMigration {version: 1}) RETURN m.checksum AS c")
                .execute().records().get(0).get("c").asString();
        driver.executableQuery("MATCH (m:SchemaMigration {version: 1}) SET m.checksum = 'edited-elsewhere'").execute();
        try {
            assertThatThrownBy(migrations::apply)
                    .isInstanceOf(SchemaMigrationException.class)
                    .hasMessageContaining("V0001__keys.cypher")
                    .hasMessageContaining("was changed after it was applied")
                    .hasMessageContaining("new V%04d__".formatted(migrations.migrations().size() + 1));
        } finally {
            driver.executableQuery("MATCH (m:SchemaMigration {version: 1}) SET m.checksum = $c")
                    .withParameters(Map.of("c", original)).execute();
        }
    }
}
