package org.metoodiffusion.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.metoodiffusion.cypher.Cypher;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.ingest.OriginQuery;
import org.metoodiffusion.schema.SchemaMigrations;
import org.metoodiffusion.stats.StatsQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * Loads the seed story into an empty database at start (unless {@code METOO_SEED=false}), in one
 * transaction: the story appears whole or not at all.
 */
@Lazy(false)
@Service
public class SeedStoryLoader {

    private static final Logger LOG = LoggerFactory.getLogger(SeedStoryLoader.class);

    private final Cypher cypher;
    private final QueryLibrary queries;
    private final boolean loadedAtStart;

    public SeedStoryLoader(Cypher cypher, QueryLibrary queries, SchemaMigrations schema,
            @Value("${metoo.seed.enabled:true}") boolean enabled) {
        this.cypher = cypher;
        this.queries = queries;
        this.loadedAtStart = enabled && isEmpty();
        if (loadedAtStart) {
            load();
        }
    }

    /** True when this start found the database empty and loaded the seed story into it. */
    public boolean loadedAtStart() {
        return loadedAtStart;
    }

    /**
     * Loads (or re-loads: every statement merges) the seed story.
     *
     * @return the ids of its accounts, whose interactions it may have changed
     */
    public List<String> load() {
        var story = readStory();
        cypher.write(statements -> {
            var dataset = story.dataset();
            statements.run(queries.get(SeedQuery.ACCOUNTS), Map.of("dataset", dataset, "accounts", story.accounts()));
            statements.run(queries.get(SeedQuery.ORIGINS), Map.of("dataset", dataset, "origins", story.origins()));
            statements.run(queries.get(SeedQuery.POSTS), Map.of("dataset", dataset, "posts", story.posts()));
            statements.run(queries.get(OriginQuery.CREDIT_MENTIONS), Map.of());
        });
        LOG.info("Loaded the seed story: {} accounts, {} posts, {} origin(s)", story.accounts().size(),
                story.posts().size(), story.origins().size());
        return story.accounts().stream().map(account -> String.valueOf(account.get("id"))).toList();
    }

    private boolean isEmpty() {
        return cypher.first(StatsQuery.IS_EMPTY, Map.of(), row -> row.isTrue("empty")).orElse(true);
    }

    private static SeedStory readStory() {
        try (var in = new ClassPathResource(SeedStory.RESOURCE).getInputStream()) {
            return SeedStory.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SeedStory.RESOURCE, e);
        }
    }
}
