package org.metoodiffusion.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.metoodiffusion.cypher.Query;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.ingest.OriginQuery;
import org.metoodiffusion.schema.SchemaMigrations;
import org.metoodiffusion.stats.StatsQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the seed story into an empty database at start (unless {@code METOO_SEED=false}), in one
 * transaction: the story appears whole or not at all.
 */
@Lazy(false)
@Service
public class SeedStoryLoader {

    private static final Logger LOG = LoggerFactory.getLogger(SeedStoryLoader.class);

    private final Neo4jClient neo4j;
    private final QueryLibrary queries;
    private final TransactionTemplate transactions;
    private final boolean loadedAtStart;

    public SeedStoryLoader(Neo4jClient neo4j, QueryLibrary queries, TransactionTemplate transactions,
            SchemaMigrations schema, @Value("${metoo.seed.enabled:true}") boolean enabled) {
        this.neo4j = neo4j;
        this.queries = queries;
        this.transactions = transactions;
        this.loadedAtStart = enabled && isEmpty();
        if (loadedAtStart) {
            load();
        }
    }

    /** True when this start found the database empty and loaded the seed story into it. */
    public boolean loadedAtStart() {
        return loadedAtStart;
    }

    /** Loads (or re-loads: every statement merges) the seed story. */
    public void load() {
        var story = readStory();
        transactions.executeWithoutResult(status -> {
            run(SeedQuery.ACCOUNTS, Map.of("dataset", story.dataset(), "accounts", story.accounts()));
            run(SeedQuery.ORIGINS, Map.of("dataset", story.dataset(), "origins", story.origins()));
            run(SeedQuery.POSTS, Map.of("dataset", story.dataset(), "posts", story.posts()));
            run(OriginQuery.CREDIT_MENTIONS, Map.of());
        });
        LOG.info("Loaded the seed story: {} accounts, {} posts, {} origin(s)", story.accounts().size(),
                story.posts().size(), story.origins().size());
    }

    private boolean isEmpty() {
        return neo4j.query(queries.get(StatsQuery.IS_EMPTY)).fetchAs(Boolean.class).one().orElse(true);
    }

    private void run(Query query, Map<String, Object> parameters) {
        neo4j.query(queries.get(query)).bindAll(parameters).run();
    }

    private static SeedStory readStory() {
        try (var in = new ClassPathResource(SeedStory.RESOURCE).getInputStream()) {
            return SeedStory.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SeedStory.RESOURCE, e);
        }
    }
}
