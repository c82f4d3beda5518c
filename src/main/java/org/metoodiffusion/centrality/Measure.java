package org.metoodiffusion.centrality;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.metoodiffusion.api.BadRequestException;

/**
 * The measures: each names the GDS procedure that computes it ({@link GdsProcedure}: its Cypher
 * files, orientation and typed parameters with their defaults) and the node property write mode
 * stores it in. Adding a measure is a constant here, and a procedure there if it is a new one.
 * Complexities are for n nodes, m relationships, k iterations.
 */
public enum Measure {

    /** In-degree: how many times an account was amplified (Freeman, "Centrality in social networks: conceptual clarification", Social Networks 1, 1979). O(n+m). */
    IN_DEGREE("in-degree", GdsProcedure.DEGREE, "inDegree", Map.of("orientation", "REVERSE")),
    /** Out-degree: how many times an account amplified others (Freeman 1979). O(n+m). */
    OUT_DEGREE("out-degree", GdsProcedure.DEGREE, "outDegree", Map.of("orientation", "NATURAL")),
    /** PageRank (Page, Brin, Motwani &amp; Winograd, "The PageRank Citation Ranking: Bringing Order to the Web", Stanford InfoLab 1999). O(k(n+m)). */
    PAGE_RANK("pagerank", GdsProcedure.PAGE_RANK, "pageRank"),
    /** ArticleRank (Li &amp; Willett, "ArticleRank: a PageRank-based alternative to numbers of citations for analysing citation networks", Aslib Proceedings 61(6), 2009). O(k(n+m)). */
    ARTICLE_RANK("articlerank", GdsProcedure.ARTICLE_RANK, "articleRank"),
    /**
     * Betweenness (Freeman, "A set of measures of centrality based on betweenness", Sociometry 40,
     * 1977), by Brandes' algorithm (J. Math. Sociology 25(2), 2001), O(nm) exact; sampled from
     * {@code samplingSize} sources (Brandes &amp; Pich, "Centrality estimation in large networks",
     * Int. J. Bifurcation and Chaos 17(7), 2007), O(sm). Unweighted: interaction counts are not distances.
     */
    BETWEENNESS("betweenness", GdsProcedure.BETWEENNESS, "betweenness"),
    /** Eigenvector centrality (Bonacich, "Factoring and weighting approaches to status scores and clique identification", J. Math. Sociology 2(1), 1972). O(k(n+m)). */
    EIGENVECTOR("eigenvector", GdsProcedure.EIGENVECTOR, "eigenvector"),
    /** HITS hub score (Kleinberg, "Authoritative sources in a hyperlinked environment", J. ACM 46(5), 1999). O(k(n+m)). */
    HITS_HUB("hits-hub", GdsProcedure.HITS, "hitsHub"),
    /** HITS authority score (Kleinberg 1999). O(k(n+m)). */
    HITS_AUTHORITY("hits-authority", GdsProcedure.HITS, "hitsAuthority"),
    /**
     * Closeness (Bavelas, J. Acoust. Soc. Am. 22, 1950; Sabidussi, Psychometrika 31, 1966), by default
     * in the Wasserman &amp; Faust variant for disconnected graphs (Social Network Analysis, 1994): the
     * classic form divides by the distances to the nodes a node reaches only, so a node reached by
     * one neighbour scores 1.0, the maximum, and in an interaction graph of many small components the
     * top of the ranking is such nodes; the variant weighs by the share of the graph reached. Our
     * default, not GDS's ({@code useWassermanFaust=false} gives the classic form). O(nm) by
     * multi-source BFS.
     */
    CLOSENESS("closeness", GdsProcedure.CLOSENESS, "closeness"),
    /** Harmonic centrality (Marchiori &amp; Latora, "Harmony in the small-world", Physica A 285, 2000); GDS sums over the nodes that reach the node. O(nm). */
    HARMONIC("harmonic", GdsProcedure.HARMONIC, "harmonic"),
    /** Core value of k-core decomposition (Seidman, "Network structure and minimum degree", Social Networks 5, 1983; Batagelj &amp; Zaversnik 2003). Undirected, O(n+m). */
    K_CORE("k-core", GdsProcedure.K_CORE, "coreValue"),
    /** Articulation points, score 1 (Hopcroft &amp; Tarjan, "Algorithm 447: efficient algorithms for graph manipulation", CACM 16(6), 1973). Undirected, O(n+m). */
    ARTICULATION_POINTS("articulation-points", GdsProcedure.ARTICULATION_POINTS, "articulationPoint"),
    /**
     * Louvain communities (Blondel, Guillaume, Lambiotte &amp; Lefebvre, J. Stat. Mech. P10008, 2008). Undirected, about O(m log n).
     * <p>On one thread: GDS's parallel modularity optimisation waits on its own tasks in steps of
     * about 100 ms, per colour and per level, so on the 8,982-account seed crowd Louvain took 12.5 s
     * with 4 threads, 16.0 s with 2 and 0.47 s with 1 (Leiden: 1.4 s against 0.18 s;
     * {@code gds.louvain.stats} on the AMPLIFIED projection, 2 cores, 2026-12-07).
     */
    LOUVAIN("louvain", GdsProcedure.LOUVAIN, "louvain", Map.of("concurrency", 1)),
    /** Leiden communities (Traag, Waltman &amp; van Eck, "From Louvain to Leiden", Scientific Reports 9:5233, 2019). Undirected; one thread, as {@link #LOUVAIN}. */
    LEIDEN("leiden", GdsProcedure.LEIDEN, "leiden", Map.of("concurrency", 1)),
    /** Weakly connected components (Hopcroft &amp; Tarjan 1973; GDS: Afforest, Sutton et al., IPDPS 2018). O(n+m). */
    WCC("wcc", GdsProcedure.WCC, "wcc");

    /**
     * Threads a computation runs on, unless the measure fixes its own or is a power iteration on a
     * small projection ({@link #ONE_THREAD_BELOW}): the cores, up to 4 (the
     * open edition's limit, and GDS's default whatever the cores). On 2 cores GDS's 4 threads only
     * contend: PageRank's compute on the Higgs-sized graph took 0.234 s with 4 and 0.175 s with 1
     * (docs/benchmarks.md, 2026-12-07).
     */
    static final int CONCURRENCY = Math.min(4, Runtime.getRuntime().availableProcessors());

    /**
     * Projections smaller than this many nodes run the power iterations (PageRank, ArticleRank,
     * eigenvector) on one thread: at this size the partitioning and the synchronisation that ends
     * each of their iterations cost more than a second core gains. PageRank's compute on the
     * Higgs-sized graph (256,491 nodes), 2 cores and nothing else running, in two runs: 0.168 and
     * 0.205 s on one thread, 0.195 and 0.257 s on two, 0.260 and 0.305 s on four
     * (docs/benchmarks.md, 2026-12-07). Above it, {@link #CONCURRENCY}: at which size between the
     * two threads start to pay was not measured here.
     */
    static final long ONE_THREAD_BELOW = 1_000_000;
    private static final Set<Measure> POWER_ITERATIONS = EnumSet.of(PAGE_RANK, ARTICLE_RANK, EIGENVECTOR);

    private final String key;
    private final GdsProcedure procedure;
    private final String writeProperty;
    private final Map<String, Object> fixed;

    Measure(String key, GdsProcedure procedure, String writeProperty) {
        this(key, procedure, writeProperty, Map.of());
    }

    /** @param fixed GDS configuration this measure always runs with (degree's orientation) */
    Measure(String key, GdsProcedure procedure, String writeProperty, Map<String, Object> fixed) {
        this.key = key;
        this.procedure = procedure;
        this.writeProperty = writeProperty;
        this.fixed = fixed;
    }

    /** The measure's name in URLs and answers ({@code pagerank}). */
    public String key() {
        return key;
    }

    /** True for community algorithms (the value is a community id, not a score). */
    public boolean community() {
        return procedure.community();
    }

    /** Default node property of write mode. */
    public String writeProperty() {
        return writeProperty;
    }

    /** The parameters this measure takes, with their defaults. */
    public AlgorithmParameters defaults() {
        return procedure.defaults();
    }

    /** The names of the parameters this measure takes. */
    public List<String> parameterNames() {
        return AlgorithmParameters.names(procedure.defaults().getClass());
    }

    GdsProcedure procedure() {
        return procedure;
    }

    Orientation orientation() {
        return procedure.orientation();
    }

    /** The HITS score this measure reads ({@code hub} or {@code auth}), else null. */
    String hitsKey() {
        return this == HITS_HUB ? "hub" : this == HITS_AUTHORITY ? "auth" : null;
    }

    /**
     * The parameters in force: given values where given, defaults elsewhere.
     *
     * @param strict reject a given parameter this measure does not take (false: ignore it, for
     *               requests over several measures)
     */
    public AlgorithmParameters effective(MeasureParameters parameters, boolean strict) {
        var given = parameters.given();
        var names = parameterNames();
        if (strict) {
            given.keySet().stream().filter(name -> !names.contains(name)).findFirst().ifPresent(name -> {
                throw new BadRequestException(name + " does not apply to " + key + ", which takes "
                        + (names.isEmpty() ? "no parameters" : String.join(", ", names)));
            });
        }
        return procedure.defaults().with(given);
    }

    /** Threads this measure runs on over a projection of {@code nodes} nodes, unless it fixes its own. */
    int concurrency(long nodes) {
        return POWER_ITERATIONS.contains(this) && nodes < ONE_THREAD_BELOW ? 1 : CONCURRENCY;
    }

    /** The GDS configuration for {@code effective} parameters on a projection of {@code nodes} nodes. */
    Map<String, Object> gdsConfig(AlgorithmParameters effective, long nodes) {
        var config = new LinkedHashMap<String, Object>(fixed);
        config.putIfAbsent("concurrency", concurrency(nodes));
        effective.asMap().forEach((name, value) -> {
            if (value != null && !name.equals("weighted")) {
                config.put(name, value);
            }
        });
        if (Boolean.TRUE.equals(effective.asMap().get("weighted"))) {
            config.put("relationshipWeightProperty", "weight");
        }
        if (config.get("samplingSize") instanceof Long size && size >= nodes) {
            config.remove("samplingSize");
            config.remove("samplingSeed");
        }
        return config;
    }

    public static Measure parse(String value) {
        var wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(measure -> measure.key.equals(wanted)).findFirst()
                .orElseThrow(() -> new BadRequestException("Unknown measure '" + value + "'; known: "
                        + Arrays.stream(values()).map(Measure::key).collect(Collectors.joining(", "))));
    }
}
