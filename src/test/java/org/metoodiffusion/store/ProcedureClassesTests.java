package org.metoodiffusion.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The build's list of GDS and APOC procedure classes is what a classpath scan finds. */
class ProcedureClassesTests {

    @Test
    void theBuildsListMatchesAScanOfTheClasspath() {
        var listed = ProcedureClasses.listed();
        assertThat(listed).as(ProcedureClasses.RESOURCE + " is written by the build (process-classes)").isPresent();
        assertThat(listed.get()).isEqualTo(ProcedureClasses.scan());
        assertThat(listed.get().procedures()).contains("org.neo4j.gds.catalog.GraphProjectProc");
        assertThat(listed.get().functions()).anyMatch(name -> name.startsWith("apoc."));
    }

    @Test
    void theListReadsBackAsWritten() {
        var classes = new ProcedureClasses(java.util.List.of("a.P"), java.util.List.of("a.F", "b.G"),
                java.util.List.of("a.A"));
        assertThat(ProcedureClasses.parse(classes.text())).isEqualTo(classes);
    }
}
