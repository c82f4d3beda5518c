package org.metoodiffusion.view.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.metoodiffusion.generate.CampaignGenerator;
import org.metoodiffusion.ingest.ImportProgress;
import org.metoodiffusion.ingest.ImportService;
import org.metoodiffusion.support.EmbeddedDatabaseProperties;
import org.metoodiffusion.view.GraphViewService;
import org.metoodiffusion.view.NodeView;
import org.metoodiffusion.view.ViewRequest;
import org.metoodiffusion.view.ViewResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pictures of the seed story and its synthetic crowd (30,000 posts, as the server loads), checked
 * as a reader would: no two labels overlap, the legend lists exactly the colours and edge kinds
 * the view holds, the root and the top accounts are named. The PNGs stay in target/renders/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class CascadePictureTests {

    private static final int CROWD = 30_000;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabaseProperties.register(registry, "pictures", true);
    }

    @Autowired
    GraphViewService views;

    @Autowired
    ViewRenderer renderer;

    @BeforeAll
    static void crowd(@Autowired ImportService importer) throws Exception {
        var dir = Files.createTempDirectory("metoo-crowd");
        var generated = CampaignGenerator.generate(CROWD, 2017, dir.resolve("crowd.jsonl"), dir.resolve("follows.txt"));
        importer.importAll(List.of(generated.tweets().toString(), generated.follows().toString()), null, 5000,
                dir.resolve("rejects.jsonl"), new ImportProgress.Silent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"milano", "burke", "#metoo"})
    void labelsNeverOverlapAndTheLegendListsWhatIsDrawn(String root) throws Exception {
        var view = views.view(ViewRequest.whole(root, "platform", null, "descendants", "root",
                ViewRequest.DEFAULT_RENDER_CAP));
        var scene = renderer.scene(view, null);
        save(root.replace("#", "hashtag-") + ".png", renderer.png(view));

        var boxes = scene.labels();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).box().intersects(boxes.get(j).box()))
                        .as("%s overlaps %s", boxes.get(i).text(), boxes.get(j).text()).isFalse();
            }
        }
        var texts = boxes.stream().map(LabelPlacer.Placed::text).toList();
        assertThat(texts).contains(view.rootLabel());
        long named = view.topAccounts().stream().filter(top -> top.username() != null)
                .filter(top -> texts.contains("@" + top.username())).count();
        assertThat(named).as("top accounts named of %s", view.topAccounts()).isGreaterThanOrEqualTo(
                Math.min(5, view.topAccounts().stream().filter(top -> top.username() != null).count()));

        assertThat(legendEdges(scene)).isEqualTo(edgeKindsOf(view));
        var groups = new HashSet<String>();
        view.graph().nodes().forEach(node -> groups.add(node.group()));
        var threadGroups = new HashSet<String>();
        view.graph().nodes().stream().filter(node -> !"RETWEET".equals(node.kind()))
                .forEach(node -> threadGroups.add(node.group()));
        assertThat(legendGroups(scene)).containsAll(threadGroups).isSubsetOf(groups);
    }

    @Test
    void aPathNamesEachHopWithItsKindAndDelay() throws Exception {
        var request = ViewRequest.whole("milano", "platform", "@AnnaPaquin", "descendants", "root",
                ViewRequest.DEFAULT_RENDER_CAP);
        var view = views.view(request);
        var behind = views.cascadeBehind(request);
        assertThat(behind.graph().nodes().size()).isGreaterThan(view.graph().nodes().size());
        var scene = renderer.scene(view, behind);
        save("milano-path-annapaquin.png", renderer.png(view, behind));
        assertThat(scene.labels()).hasSize(view.graph().nodes().size());
        assertThat(scene.labels().stream().skip(1).map(LabelPlacer.Placed::text))
                .allSatisfy(text -> assertThat(text).containsPattern(" · (reply|quote|retweet|mention|seed) · \\+\\d"));
        var image = ImageIO.read(new ByteArrayInputStream(renderer.png(view, behind)));
        assertThat(image.getWidth()).isEqualTo(ViewRenderer.WIDTH);
    }

    /** The kinds of the edges a reader sees: into every post but the retweets, plus retweets as bands. */
    private static Set<String> edgeKindsOf(ViewResult view) {
        var byId = new HashMap<String, NodeView>();
        view.graph().nodes().forEach(node -> byId.put(node.id(), node));
        var kinds = new HashSet<String>();
        for (var edge : view.graph().edges()) {
            var target = byId.get(edge.target());
            if (target != null && byId.containsKey(edge.source())) {
                kinds.add("RETWEET".equals(target.kind()) ? "RETWEET" : edge.kind());
            }
        }
        return kinds;
    }

    private static Set<String> legendEdges(CascadePicture.Scene scene) {
        var kinds = new HashSet<String>();
        scene.legend().stream().filter(entry -> entry.startsWith("edge:")).forEach(entry -> kinds.add(entry.substring(5)));
        return kinds;
    }

    private static Set<String> legendGroups(CascadePicture.Scene scene) {
        var groups = new HashSet<String>();
        scene.legend().stream().filter(entry -> entry.startsWith("group:")).forEach(entry -> groups.add(entry.substring(6)));
        return groups;
    }

    private static void save(String name, byte[] png) throws Exception {
        Files.write(Files.createDirectories(Path.of("target", "renders")).resolve(name), png);
    }
}
