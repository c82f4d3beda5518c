package org.metoodiffusion.seed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.metoodiffusion.generate.CampaignGenerator;
import org.metoodiffusion.ingest.ImportProgress;
import org.metoodiffusion.ingest.ImportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Beside the seed story, a first start imports a synthetic crowd ({@code METOO_CROWD_POSTS}
 * posts, default 30,000; 0 turns it off) so that cascades, centrality and views have something to
 * show. It runs in the background once the server is up; everything it adds is marked synthetic.
 */
@Component
class SyntheticCrowdLoader {

    private static final Logger LOG = LoggerFactory.getLogger(SyntheticCrowdLoader.class);
    static final long SEED = 2017;

    private final SeedStoryLoader seedStory;
    private final ImportService importer;
    private final int posts;
    private final Path directory;

    SyntheticCrowdLoader(SeedStoryLoader seedStory, ImportService importer,
            @Value("${metoo.seed.crowd-posts:30000}") int posts,
            @Value("${metoo.neo4j.embedded.data-dir:data}") Path dataDir) {
        this.seedStory = seedStory;
        this.importer = importer;
        this.posts = posts;
        this.directory = dataDir.resolve("synthetic-crowd");
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadInBackground() {
        if (posts > 0 && seedStory.loadedAtStart()) {
            var thread = new Thread(this::load, "synthetic-crowd");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void load() {
        try {
            var generated = CampaignGenerator.generate(posts, SEED, directory.resolve("crowd.jsonl"),
                    directory.resolve("crowd.follows.txt"));
            var summary = importer.importAll(List.of(generated.tweets().toString(), generated.follows().toString()),
                    null, 5000, directory.resolve("rejects.jsonl"), new ImportProgress.Silent());
            LOG.info("Loaded a synthetic crowd of {} posts: {}", posts, summary.describe().replace('\n', ' '));
            // A one-off import in a long-lived server: let G1 shrink the heap it grew for it.
            System.gc();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not load the synthetic crowd: {}", e.getMessage());
        }
    }
}
