package org.metoodiffusion.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.metoodiffusion.api.BadRequestException;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.support.EmbeddedAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Each measure is described once ({@link Measure} and its {@link GdsProcedure}); its Cypher files,
 * its typed defaults, the OpenAPI document and the measures table of docs/centrality.md follow.
 */
class MeasureDescriptorsTests extends EmbeddedAppTest {

    private static final Path TABLE_PAGE = Path.of("docs/centrality.md");

    @Autowired
    TestRestTemplate http;

    @Test
    void powerIterationsRunOnOneThreadBelowAMillionNodesTheOtherMeasuresOnTheCores() {
        long small = Measure.ONE_THREAD_BELOW - 1;
        for (var measure : List.of(Measure.PAGE_RANK, Measure.ARTICLE_RANK, Measure.EIGENVECTOR)) {
            assertThat(defaultConfig(measure, small)).as(measure.key()).containsEntry("concurrency", 1);
            assertThat(defaultConfig(measure, Measure.ONE_THREAD_BELOW)).as(measure.key())
                    .containsEntry("concurrency", Measure.CONCURRENCY);
        }
        assertThat(defaultConfig(Measure.BETWEENNESS, small)).containsEntry("concurrency", Measure.CONCURRENCY);
        assertThat(defaultConfig(Measure.LOUVAIN, Measure.ONE_THREAD_BELOW)).containsEntry("concurrency", 1);
    }

    private static Map<String, Object> defaultConfig(Measure measure, long nodes) {
        return measure.gdsConfig(measure.effective(MeasureParameters.NONE, true), nodes);
    }

    @Test
    void everyMeasuresCypherFilesExist() {
        var library = new QueryLibrary();
        for (var procedure : GdsProcedure.values()) {
            assertThat(library.get(procedure.stream())).as(procedure + " stream").contains("gds.");
            assertThat(library.get(procedure.estimate())).as(procedure + " estimate").contains(".estimate");
        }
    }

    @Test
    void givenValuesReplaceTheDefaultsAndAreChecked() {
        var given = new MeasureParameters(0.5, null, null, null, null, null, null, null, null, null, null, false);
        assertThat(Measure.PAGE_RANK.effective(given, true)).isEqualTo(new AlgorithmParameters.Rank(0.5, 20, 1e-7, false));
        assertThat(Measure.HARMONIC.effective(MeasureParameters.NONE, true).asMap()).isEmpty();
        assertThatThrownBy(() -> Measure.HARMONIC.effective(given, true)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("dampingFactor does not apply to harmonic, which takes no parameters");
        assertThatThrownBy(() -> new MeasureParameters(null, null, null, 0L, null, null, null, null, null, null, null, null))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("samplingSize must be 1..100000000");
    }

    @Test
    void theOpenApiDocumentListsTheMeasuresAndWhoTakesEachParameter() throws Exception {
        var paths = new ObjectMapper().readTree(http.getForObject("/v3/api-docs", String.class)).get("paths");
        assertThat(enumOf(paths.get("/api/centrality/{measure}").get("get"), "measure"))
                .isEqualTo(Arrays.stream(Measure.values()).filter(m -> !m.community()).map(Measure::key).toList());
        assertThat(enumOf(paths.get("/api/communities/{algorithm}").get("get"), "algorithm"))
                .containsExactly("louvain", "leiden", "wcc");
        var damping = parameter(paths.get("/api/centrality/{measure}").get("get"), "dampingFactor");
        assertThat(damping.get("description").asText()).endsWith("Taken by pagerank, articlerank (default 0.85).");
    }

    @Test
    void theDocumentedMeasuresTableIsTheDescriptors() throws Exception {
        assertThat(Files.readString(TABLE_PAGE)).as("%s holds the table made from the measures:%n%s", TABLE_PAGE, table())
                .contains(table());
    }

    /** The table as docs/centrality.md shows it, one row per measure. */
    static String table() {
        var rows = Arrays.stream(Measure.values()).map(measure -> "| `" + measure.key() + "`"
                + (measure.community() ? " (communities)" : "") + " | "
                + (measure.parameterNames().isEmpty() ? "none" : measure.defaults().asMap().entrySet().stream()
                        .map(e -> "`" + e.getKey() + "` (" + shown(e.getValue()) + ")").collect(Collectors.joining(", ")))
                + " | " + (measure.orientation() == Orientation.UNDIRECTED ? "undirected" : "directed") + " |");
        return "| measure | parameters (default) | projection |\n|---|---|---|\n"
                + rows.collect(Collectors.joining("\n")) + "\n";
    }

    private static String shown(Object value) {
        if (value == null) {
            return "absent";
        }
        return value instanceof Double number
                ? new BigDecimal(number.toString()).stripTrailingZeros().toString().toLowerCase(Locale.ROOT)
                : value.toString();
    }

    private static java.util.List<String> enumOf(JsonNode operation, String name) {
        var values = parameter(operation, name).get("schema").get("enum");
        var list = new java.util.ArrayList<String>();
        values.forEach(value -> list.add(value.asText()));
        return list;
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (var parameter : operation.get("parameters")) {
            if (parameter.get("name").asText().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name);
    }
}
