package org.metoodiffusion.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metoodiffusion.support.ProblemAssert.assertProblem;

import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmbeddedAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * GET /api/posts/{id} and /api/accounts/{id} for every post and account of the seed story, each
 * field checked against what the test reads from the seed story's JSON file itself; ids the
 * graph does not hold are 404 problems, ids that cannot be ids 400 problems.
 */
class LookupTests extends EmbeddedAppTest {

    private static final String PROBLEM = "urn:metoo-diffusion:problem:";
    private static final String SEED = "importer/seed/metoo-seed-story.json";

    private static JsonNode story;

    @Autowired
    TestRestTemplate http;

    @BeforeAll
    static void readSeedStory() throws IOException {
        try (var in = LookupTests.class.getClassLoader().getResourceAsStream(SEED)) {
            assertThat(in).as(SEED + " on the class path").isNotNull();
            story = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everySeedPostShowsItsFieldsWithTheIdAsAnEighteenDigitString() throws Exception {
        assertThat(story.get("posts")).hasSizeGreaterThan(5);
        for (var seed : story.get("posts")) {
            var id = seed.get("id").asText();
            var body = ok(http.getForEntity("/api/posts/" + id, String.class));
            var post = body.get("post");
            assertThat(post.get("id").isTextual()).as("%s as a JSON string", id).isTrue();
            assertThat(post.get("id").asText()).as(id).isEqualTo(id).matches("\\d{18}");
            assertThat(Instant.parse(post.get("createdAt").asText())).as(id)
                    .isEqualTo(Instant.parse(seed.get("createdAt").asText()));
            assertThat(textOrNull(post.get("text"))).as(id).isEqualTo(textOrNull(seed.get("text")));
            assertThat(post.get("reconstructed").asBoolean()).as(id).isEqualTo(seed.path("reconstructed").asBoolean(false));

            var author = account(seed.get("author").asText());
            assertThat(body.at("/author/id").isTextual()).isTrue();
            assertThat(List.of(body.at("/author/id").asText(), body.at("/author/username").asText(),
                    body.at("/author/name").asText())).as(id).containsExactly(author.get("id").asText(),
                    author.get("username").asText(), author.get("name").asText());

            assertThat(texts(body.get("hashtags"))).as(id).isEqualTo(lowerCase(texts(seed.path("hashtags"))));
            var mentions = new TreeSet<String>();
            body.get("mentions").forEach(m -> mentions.add(m.get("id").asText() + " " + m.get("username").asText()));
            var expectedMentions = new TreeSet<String>();
            seed.path("mentions").forEach(m -> expectedMentions.add(m.asText() + " "
                    + account(m.asText()).get("username").asText()));
            assertThat(mentions).as(id).isEqualTo(expectedMentions);

            var references = new TreeSet<String>();
            body.get("references").forEach(r -> references.add(r.get("kind").asText() + " " + r.get("id").asText()));
            assertThat(references).as(id).isEqualTo(seed.hasNonNull("replyTo")
                    ? Set.of("REPLY_TO " + seed.get("replyTo").asText()) : Set.of());

            assertThat(texts(body.get("credits"))).as("stated credits and origins of mentioned accounts: %s", id)
                    .isEqualTo(credits(seed));
            assertThat(body.get("replies").asLong()).as(id).isEqualTo(posts().stream()
                    .filter(p -> id.equals(p.path("replyTo").asText(null))).count());
            assertThat(body.get("quotes").asLong()).as("the seed story has no quotes").isZero();
            assertThat(body.get("retweets").asLong()).as("the seed story has no retweets").isZero();
        }
    }

    @Test
    void everySeedAccountShowsItsActivity() throws Exception {
        for (var seed : story.get("accounts")) {
            var id = seed.get("id").asText();
            var body = ok(http.getForEntity("/api/accounts/" + id, String.class));
            var account = body.get("account");
            assertThat(account.get("id").isTextual()).isTrue();
            assertThat(account.get("id").asText()).isEqualTo(id);
            assertThat(account.get("username").asText()).as(id).isEqualTo(seed.get("username").asText());
            assertThat(account.get("name").asText()).as(id).isEqualTo(seed.get("name").asText());
            assertThat(account.get("provisional").asBoolean()).as(id).isEqualTo(id.startsWith("@"));

            var written = posts().stream().filter(p -> id.equals(p.get("author").asText())).toList();
            assertThat(body.get("posts").asLong()).as(id).isEqualTo(written.size());
            var times = written.stream().map(p -> Instant.parse(p.get("createdAt").asText())).sorted().toList();
            assertThat(instantOrNull(body.get("firstPostAt"))).as(id).isEqualTo(times.isEmpty() ? null : times.get(0));
            assertThat(instantOrNull(body.get("lastPostAt"))).as(id)
                    .isEqualTo(times.isEmpty() ? null : times.get(times.size() - 1));
            assertThat(body.get("mentionedBy").asLong()).as(id).isEqualTo(posts().stream()
                    .filter(p -> texts(p.path("mentions")).contains(id)).count());
            var origins = new TreeSet<String>();
            story.get("origins").forEach(o -> {
                if (texts(o.get("accounts")).contains(id)) {
                    origins.add(o.get("id").asText());
                }
            });
            assertThat(texts(body.get("origins"))).as(id).isEqualTo(origins);
        }
    }

    @Test
    void everySeedAccountIsFoundByItsHandleInAnyCase() throws Exception {
        for (var seed : story.get("accounts")) {
            var username = seed.get("username").asText();
            for (var handle : List.of(username.toUpperCase(Locale.ROOT), username.toLowerCase(Locale.ROOT))) {
                assertThat(ok(http.getForEntity("/api/accounts/@" + handle, String.class)).at("/account/id").asText())
                        .as(handle).isEqualTo(seed.get("id").asText());
            }
        }
    }

    @Test
    void wellFormedIdsTheGraphDoesNotHoldAre404Problems() throws Exception {
        var known = new HashSet<String>();
        posts().forEach(p -> known.add(p.get("id").asText()));
        var absent = Long.toString(Long.parseLong(posts().get(0).get("id").asText()) + 1);
        assertThat(known).doesNotContain(absent, "9223372036854775807");
        for (var id : List.of(absent, "9223372036854775807", "1")) {
            var problem = assertProblem(http.getForEntity("/api/posts/" + id, String.class), 404, PROBLEM + "not-found");
            assertThat(problem.get("detail").asText()).contains(id);
        }
        assertProblem(http.getForEntity("/api/accounts/26642007", String.class), 404, PROBLEM + "not-found");
        assertProblem(http.getForEntity("/api/accounts/@nobody_in_the_seed", String.class), 404, PROBLEM + "not-found");
    }

    @Test
    void idsThatCannotBeIdsAre400Problems() throws Exception {
        for (var id : List.of("9223372036854775808", "-919659438700670976", "919659438700670976.0", "0x1F",
                "12345678901234567890")) {
            assertProblem(http.getForEntity("/api/posts/" + id, String.class), 400, PROBLEM + "invalid-id");
        }
        assertThat(assertProblem(http.getForEntity("/api/posts/9.19659438700671e17", String.class), 400,
                PROBLEM + "invalid-id").get("detail").asText()).contains("floating-point");
        for (var id : List.of("@", "@not-a-handle", "@" + "x".repeat(51), "Alyssa_Milano", "2.6642006E7")) {
            assertProblem(http.getForEntity("/api/accounts/" + id, String.class), 400, PROBLEM + "invalid-id");
        }
    }

    private static List<JsonNode> posts() {
        return StreamSupport.stream(story.get("posts").spliterator(), false).toList();
    }

    private static JsonNode account(String id) {
        for (var account : story.get("accounts")) {
            if (account.get("id").asText().equals(id)) {
                return account;
            }
        }
        throw new AssertionError("no account " + id + " in the seed story");
    }

    /** Stated credits, and every origin one of whose accounts the post mentions. */
    private static Set<String> credits(JsonNode post) {
        var credits = texts(post.path("credits"));
        var mentioned = texts(post.path("mentions"));
        story.get("origins").forEach(origin -> {
            if (texts(origin.get("accounts")).stream().anyMatch(mentioned::contains)) {
                credits.add(origin.get("id").asText());
            }
        });
        return credits;
    }

    private static TreeSet<String> texts(JsonNode array) {
        var texts = new TreeSet<String>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    private static Set<String> lowerCase(Set<String> texts) {
        var lower = new TreeSet<String>();
        texts.forEach(text -> lower.add(text.toLowerCase(Locale.ROOT)));
        return lower;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static Instant instantOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : Instant.parse(node.asText());
    }

    private static JsonNode ok(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return new ObjectMapper().readTree(response.getBody());
    }
}
