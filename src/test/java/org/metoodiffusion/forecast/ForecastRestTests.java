package org.metoodiffusion.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.metoodiffusion.support.ProblemAssert.assertProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmbeddedAppTest;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Forecasts over REST on four small reply cascades added to the seed story for each test: root k
 * (by an account of 1,000 followers) gets {@link #REPLIES}[k] replies, one every 10 minutes, each by
 * an account of 100 followers. So at 1 h every cascade has 7 events, and n* is 100 exactly.
 */
class ForecastRestTests extends EmbeddedAppTest {

    private static final String PROBLEM = "urn:metoo-diffusion:problem:";
    private static final int[] REPLIES = {12, 15, 20, 11};
    private static final Instant START = Instant.parse("2017-10-20T12:00:00Z");
    private static final String ROOT = rootId(0);

    @Autowired
    TestRestTemplate http;

    @Autowired
    Driver driver;

    private static String rootId(int k) {
        return "16000000000000000" + (10 + k);
    }

    @BeforeEach
    void cascades() {
        List<Map<String, Object>> posts = new ArrayList<>();
        for (int k = 0; k < REPLIES.length; k++) {
            posts.add(Map.of("id", rootId(k), "author", "fc-root", "at", START.toString(), "parent", ""));
            for (int i = 1; i <= REPLIES[k]; i++) {
                posts.add(Map.of("id", rootId(k) + "0" + i, "author", "fc-" + i, "at", START.plusSeconds(600L * i).toString(),
                        "parent", rootId(k)));
            }
        }
        driver.executableQuery("""
                UNWIND $posts AS p
                MERGE (a:Account {id: p.author})
                SET a.followers = CASE p.author WHEN 'fc-root' THEN 1000 ELSE 100 END
                CREATE (a)-[:POSTED]->(:Post {id: p.id, createdAt: datetime(p.at), observed: true})
                WITH p WHERE p.parent <> ''
                MATCH (child:Post {id: p.id}), (parent:Post {id: p.parent})
                CREATE (child)-[:REPLY_TO]->(parent)
                """).withParameters(Map.of("posts", posts)).execute();
    }

    @AfterEach
    void leaveTheSeedStoryAsItWas() {
        driver.executableQuery("MATCH (a:Account) WHERE a.id STARTS WITH 'fc-' OPTIONAL MATCH (a)-[:POSTED]->(p:Post) "
                + "DETACH DELETE a, p").execute();
    }

    @Test
    void bothModelsForecastFromTheFirstHour() throws Exception {
        var forecast = ok(http.getForEntity("/api/cascades/" + ROOT + "/forecast?at=1h", String.class));
        assertThat(forecast.at("/root").asText()).isEqualTo(ROOT);
        assertThat(forecast.at("/level").asText()).isEqualTo("post");
        assertThat(forecast.at("/at").asText()).isEqualTo("1h");
        assertThat(forecast.at("/start").asText()).isEqualTo("2017-10-20T12:00:00Z");
        assertThat(forecast.at("/forecastTime").asText()).isEqualTo("2017-10-20T13:00:00Z");
        assertThat(forecast.at("/observedSize").asInt()).isEqualTo(13);
        assertThat(forecast.at("/weighting").asText()).isEqualTo("follower counts");

        // SEISMIC: the root and six replies, n* = 100 from the other three cascades' replies.
        var seismic = forecast.at("/seismic");
        assertThat(seismic.at("/eventsUsed").asInt()).isEqualTo(7);
        assertThat(seismic.at("/parameters/nStar").asDouble()).isCloseTo(100, within(1e-9));
        assertThat(seismic.at("/parameters/theta").asDouble()).isEqualTo(0.242);
        assertThat(seismic.at("/parameters/s0").asDouble()).isEqualTo(300);
        double[] seconds = {0, 600, 1200, 1800, 2400, 3000, 3600};
        double[] weights = {1000, 100, 100, 100, 100, 100, 100};
        var expected = new Seismic().forecast(new EventSeries(seconds, weights, true), 3600, new Audience(100, 0, "hand"));
        assertThat(seismic.at("/infectiousness").asDouble()).isCloseTo(expected.infectiousness(), within(1e-12));
        assertThat(seismic.at("/estimate").asDouble()).isCloseTo(expected.estimate(), within(1e-9));
        assertThat(seismic.at("/supercritical").asBoolean()).isFalse();
        assertThat(seismic.at("/interval/level").asDouble()).isEqualTo(0.8);
        assertThat(seismic.at("/interval/low").asDouble()).isGreaterThanOrEqualTo(7);
        // Its linear-in-log correction is fitted on the three other cascades of at least 10 events.
        assertThat(seismic.at("/corrected/parameters/trainingCascades").asInt()).isEqualTo(3);
        assertThat(seismic.at("/corrected/estimate").asDouble()).isGreaterThanOrEqualTo(7);

        // Baseline, left out its own cascade: b = mean ln(final / 7) over the others (16, 21 and 12 events).
        var baseline = forecast.at("/baseline");
        double b = (Math.log(16 / 7.0) + Math.log(21 / 7.0) + Math.log(12 / 7.0)) / 3;
        assertThat(baseline.at("/eventsUsed").asInt()).isEqualTo(7);
        assertThat(baseline.at("/parameters/trainingCascades").asInt()).isEqualTo(3);
        assertThat(baseline.at("/parameters/b").asDouble()).isCloseTo(b, within(1e-12));
        assertThat(baseline.at("/estimate").asDouble()).isCloseTo(7 * Math.exp(b), within(1e-9));
        assertThat(baseline.at("/interval/high").asDouble()).isGreaterThan(baseline.at("/interval/low").asDouble());
    }

    @Test
    void theSeedStoryHasNoFollowerCountsSoEventsWeighTheSame() throws Exception {
        var forecast = ok(http.getForEntity("/api/cascades/milano/forecast?at=30m", String.class));
        assertThat(forecast.at("/weighting").asText()).startsWith("equal weights");
        assertThat(forecast.at("/seismic/parameters/nStar").asDouble()).isEqualTo(1);
        // Milano's reply came 2 h 39 min after her tweet: at 30 min only the root is seen.
        assertThat(forecast.at("/seismic/eventsUsed").asInt()).isEqualTo(1);
        assertThat(forecast.at("/seismic/note").asText()).contains("no reshares");
        // The baseline learns from the four cascades of at least 10 events, 4 events each at 30 min.
        double b = (Math.log(13 / 4.0) + Math.log(16 / 4.0) + Math.log(21 / 4.0) + Math.log(12 / 4.0)) / 4;
        assertThat(forecast.at("/baseline/parameters/trainingCascades").asInt()).isEqualTo(4);
        assertThat(forecast.at("/baseline/estimate").asDouble()).isCloseTo(Math.exp(b), within(1e-9));
    }

    @Test
    void withoutEnoughOtherCascadesThereIsNoBaseline() throws Exception {
        driver.executableQuery("MATCH (p:Post) WHERE p.id STARTS WITH '" + rootId(1) + "' OR p.id STARTS WITH '"
                + rootId(2) + "' DETACH DELETE p").execute();
        var forecast = ok(http.getForEntity("/api/cascades/" + ROOT + "/forecast?at=2h", String.class));
        assertThat(forecast.at("/seismic/eventsUsed").asInt()).isEqualTo(13);
        assertThat(forecast.at("/baseline/estimate").isNull()).isTrue();
        assertThat(forecast.at("/baseline/note").asText()).contains("not enough training cascades");
    }

    @Test
    void openApiDocumentsTheForecastEndpoint() throws Exception {
        var paths = ok(http.getForEntity("/v3/api-docs", String.class)).at("/paths");
        assertThat(paths.has("/api/cascades/{root}/forecast")).isTrue();
        assertThat(paths.at("/~1api~1cascades~1{root}~1forecast/get/parameters").toString()).contains("\"at\"", "\"level\"");
    }

    @Test
    void badParametersAndUnknownRootsAreProblems() throws Exception {
        for (String at : List.of("1w", "0h", "soon", "-1h", "366d", "1.5h")) {
            var problem = assertProblem(http.getForEntity("/api/cascades/milano/forecast?at=" + at, String.class), 400,
                    PROBLEM + "invalid-parameter");
            assertThat(problem.at("/detail").asText()).as(at).contains("'" + at + "'");
        }
        assertProblem(http.getForEntity("/api/cascades/milano/forecast?level=tweets", String.class), 400,
                PROBLEM + "invalid-parameter");
        assertProblem(http.getForEntity("/api/cascades/milano/forecast?level=account", String.class), 400,
                PROBLEM + "invalid-parameter");
        assertProblem(http.getForEntity("/api/cascades/1234567890123456789/forecast?at=1h", String.class), 404,
                PROBLEM + "not-found");
    }

    private static JsonNode ok(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return new ObjectMapper().readTree(response.getBody());
    }
}
