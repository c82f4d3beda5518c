package org.metoodiffusion.centrality;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.metoodiffusion.api.BadRequestException;

/**
 * The measures, each computed by one GDS procedure (its {@code stream} and {@code estimate}
 * statements are {@code cypher/queries/centrality/stream-<procedure>.cypher} and
 * {@code estimate-<procedure>.cypher}), with the parameters it takes and GDS's defaults for them.
 * Complexities are for n nodes, m relationships, k iterations.
 */
public enum Measure {

    /** In-degree: how many times an account was amplified (Freeman, "Centrality in social networks: conceptual clarification", Social Networks 1, 1979). O(n+m). */
    IN_DEGREE("in-degree", "degree", Orientation.NATURAL, false, "inDegree", takes("weighted", true),
            Map.of("orientation", "REVERSE")),
    /** Out-degree: how many times an account amplified others (Freeman 1979). O(n+m). */
    OUT_DEGREE("out-degree", "degree", Orientation.NATURAL, false, "outDegree", takes("weighted", true),
            Map.of("orientation", "NATURAL")),
    /** PageRank (Page, Brin, Motwani &amp; Winograd, "The PageRank Citation Ranking: Bringing Order to the Web", Stanford InfoLab 1999). O(k(n+m)). */
    PAGE_RANK("pagerank", "pagerank", Orientation.NATURAL, false, "pageRank",
            takes("dampingFactor", 0.85, "maxIterations", 20, "tolerance", 1e-7, "weighted", true), Map.of()),
    /** ArticleRank (Li &amp; Willett, "ArticleRank: a PageRank-based alternative to numbers of citations for analysing citation networks", Aslib Proceedings 61(6), 2009). O(k(n+m)). */
    ARTICLE_RANK("articlerank", "articlerank", Orientation.NATURAL, false, "articleRank",
            takes("dampingFactor", 0.85, "maxIterations", 20, "tolerance", 1e-7, "weighted", true), Map.of()),
    /**
     * Betweenness (Freeman, "A set of measures of centrality based on betweenness", Sociometry 40,
     * 1977), by Brandes' algorithm (J. Math. Sociology 25(2), 2001), O(nm) exact; sampled from
     * {@code samplingSize} sources (Brandes &amp; Pich, "Centrality estimation in large networks",
     * Int. J. Bifurcation and Chaos 17(7), 2007), O(sm). Unweighted: interaction counts are not distances.
     */
    BETWEENNESS("betweenness", "betweenness", Orientation.NATURAL, false, "betweenness",
            takes("samplingSize", null, "samplingSeed", null), Map.of()),
    /** Eigenvector centrality (Bonacich, "Factoring and weighting approaches to status scores and clique identification", J. Math. Sociology 2(1), 1972). O(k(n+m)). */
    EIGENVECTOR("eigenvector", "eigenvector", Orientation.NATURAL, false, "eigenvector",
            takes("maxIterations", 20, "tolerance", 1e-7, "weighted", true), Map.of()),
    /** HITS hub score (Kleinberg, "Authoritative sources in a hyperlinked environment", J. ACM 46(5), 1999). O(k(n+m)). */
    HITS_HUB("hits-hub", "hits", Orientation.NATURAL, false, "hitsHub", takes("hitsIterations", 20),
            Map.of()),
    /** HITS authority score (Kleinberg 1999). O(k(n+m)). */
    HITS_AUTHORITY("hits-authority", "hits", Orientation.NATURAL, false, "hitsAuthority",
            takes("hitsIterations", 20), Map.of()),
    /**
     * Closeness (Bavelas, J. Acoust. Soc. Am. 22, 1950; Sabidussi, Psychometrika 31, 1966), by default
     * in the Wasserman &amp; Faust variant for disconnected graphs (Social Network Analysis, 1994): the
     * classic form divides by the distances to the nodes a node reaches only, so a node reached by
     * one neighbour scores 1.0, the maximum, and in an interaction graph of many small components the
     * top of the ranking is such nodes; the variant weighs by the share of the graph reached. Our
     * default, not GDS's ({@code useWassermanFaust=false} gives the classic form). O(nm) by
     * multi-source BFS.
     */
    CLOSENESS("closeness", "closeness", Orientation.NATURAL, false, "closeness",
            takes("useWassermanFaust", true), Map.of()),
    /** Harmonic centrality (Marchiori &amp; Latora, "Harmony in the small-world", Physica A 285, 2000); GDS sums over the nodes that reach the node. O(nm). */
    HARMONIC("harmonic", "harmonic", Orientation.NATURAL, false, "harmonic", takes(), Map.of()),
    /** Core value of k-core decomposition (Seidman, "Network structure and minimum degree", Social Networks 5, 1983; Batagelj &amp; Zaversnik 2003). Undirected, O(n+m). */
    K_CORE("k-core", "kcore", Orientation.UNDIRECTED, false, "coreValue", takes(), Map.of()),
    /** Articulation points, score 1 (Hopcroft &amp; Tarjan, "Algorithm 447: efficient algorithms for graph manipulation", CACM 16(6), 1973). Undirected, O(n+m). */
    ARTICULATION_POINTS("articulation-points", "articulation-points", Orientation.UNDIRECTED, false,
            "articulationPoint", takes(), Map.of()),
    /** Louvain communities (Blondel, Guillaume, Lambiotte &amp; Lefebvre, J. Stat. Mech. P10008, 2008). Undirected, about O(m log n). */
    LOUVAIN("louvain", "louvain", Orientation.UNDIRECTED, true, "louvain",
            takes("maxLevels", 10, "maxIterations", 10, "tolerance", 1e-4, "weighted", true), Map.of()),
    /** Leiden communities (Traag, Waltman &amp; van Eck, "From Louvain to Leiden", Scientific Reports 9:5233, 2019). Undirected. */
    LEIDEN("leiden", "leiden", Orientation.UNDIRECTED, true, "leiden",
            takes("maxLevels", 10, "gamma", 1.0, "theta", 0.01, "tolerance", 1e-4, "randomSeed", null,
                    "weighted", true), Map.of()),
    /** Weakly connected components (Hopcroft &amp; Tarjan 1973; GDS: Afforest, Sutton et al., IPDPS 2018). O(n+m). */
    WCC("wcc", "wcc", Orientation.NATURAL, true, "wcc", takes(), Map.of());

    private final String key;
    private final String procedure;
    private final Orientation orientation;
    private final boolean community;
    private final String writeProperty;
    private final Map<String, Object> defaults;
    private final Map<String, Object> fixed;

    Measure(String key, String procedure, Orientation orientation, boolean community, String writeProperty,
            Map<String, Object> defaults, Map<String, Object> fixed) {
        this.key = key;
        this.procedure = procedure;
        this.orientation = orientation;
        this.community = community;
        this.writeProperty = writeProperty;
        this.defaults = defaults;
        this.fixed = fixed;
    }

    /** The measure's name in URLs and answers ({@code pagerank}). */
    public String key() {
        return key;
    }

    /** True for community algorithms (the value is a community id, not a score). */
    public boolean community() {
        return community;
    }

    /** Default node property of write mode. */
    public String writeProperty() {
        return writeProperty;
    }

    /** Parameters taken and their GDS defaults (null: absent unless given). */
    public Map<String, Object> defaults() {
        return defaults;
    }

    Orientation orientation() {
        return orientation;
    }

    String streamQuery() {
        return "centrality/stream-" + procedure;
    }

    String estimateQuery() {
        return "centrality/estimate-" + procedure;
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
    public Map<String, Object> effective(MeasureParameters parameters, boolean strict) {
        var given = parameters.given();
        if (strict) {
            given.keySet().stream().filter(name -> !defaults.containsKey(name)).findFirst().ifPresent(name -> {
                throw new BadRequestException(name + " does not apply to " + key + ", which takes "
                        + (defaults.isEmpty() ? "no parameters" : String.join(", ", defaults.keySet())));
            });
        }
        var effective = new LinkedHashMap<String, Object>();
        defaults.forEach((name, value) -> effective.put(name, given.getOrDefault(name, value)));
        return Collections.unmodifiableMap(effective);
    }

    /** The GDS configuration for {@code effective} parameters on a projection of {@code nodes} nodes. */
    Map<String, Object> gdsConfig(Map<String, Object> effective, long nodes) {
        var config = new LinkedHashMap<String, Object>(fixed);
        effective.forEach((name, value) -> {
            if (value != null && !name.equals("weighted")) {
                config.put(name, value);
            }
        });
        if (Boolean.TRUE.equals(effective.get("weighted"))) {
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

    private static Map<String, Object> takes(Object... namesAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
