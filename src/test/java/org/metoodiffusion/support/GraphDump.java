package org.metoodiffusion.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.graphdb.Transaction;

/**
 * The whole graph as sorted lines, one per node (labels and properties) and per relationship (end
 * keys, type, properties), so that two graphs compare node for node and edge for edge. Schema
 * bookkeeping is left out. Plain Cypher: no procedure needs to be registered.
 */
public final class GraphDump {

    private static final String NODES = """
            MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:MaterialisedGraph
            RETURN labels(n) AS labels, properties(n) AS properties""";
    private static final String RELATIONSHIPS = """
            MATCH (a)-[r]->(b) WHERE type(r) <> 'AMPLIFIED'
            RETURN coalesce(a.id, a.tag) AS start, type(r) AS type, properties(r) AS properties,
                   coalesce(b.id, b.tag) AS end""";
    private static final String EVERY_RELATIONSHIP = """
            MATCH (a)-[r]->(b)
            RETURN coalesce(a.id, a.tag) AS start, type(r) AS type, properties(r) AS properties,
                   coalesce(b.id, b.tag) AS end""";

    private GraphDump() {
    }

    /** Through the embedded API, without the derived AMPLIFIED relationships. */
    public static List<String> of(Transaction tx) {
        return of(tx, RELATIONSHIPS);
    }

    /** Through the embedded API, with the derived AMPLIFIED relationships (the marker node still left out). */
    public static List<String> withAmplified(Transaction tx) {
        return of(tx, EVERY_RELATIONSHIP);
    }

    private static List<String> of(Transaction tx, String relationships) {
        var lines = new ArrayList<String>();
        tx.execute(NODES).forEachRemaining(row -> lines.add(node(row.get("labels"), row.get("properties"))));
        tx.execute(relationships).forEachRemaining(row -> lines.add(relationship(row.get("start"), row.get("type"),
                row.get("properties"), row.get("end"))));
        return sorted(lines);
    }

    /** Through the driver. */
    public static List<String> of(org.neo4j.driver.Driver driver) {
        var lines = new ArrayList<String>();
        driver.executableQuery(NODES).execute().records().forEach(row -> lines.add(node(
                row.get("labels").asList(), row.get("properties").asMap())));
        driver.executableQuery(RELATIONSHIPS).execute().records().forEach(row -> lines.add(relationship(
                row.get("start").asString(), row.get("type").asString(), row.get("properties").asMap(),
                row.get("end").asString())));
        return sorted(lines);
    }

    private static String node(Object labels, Object properties) {
        var sortedLabels = new ArrayList<String>();
        ((List<?>) labels).forEach(label -> sortedLabels.add(label.toString()));
        sortedLabels.sort(null);
        return String.join(":", sortedLabels) + " " + text(properties);
    }

    private static String relationship(Object start, Object type, Object properties, Object end) {
        return start + " -" + type + text(properties) + "-> " + end;
    }

    /** Properties sorted by key; values by their text (times as ISO strings, both ways). */
    private static String text(Object properties) {
        var sorted = new TreeMap<String, String>();
        ((Map<?, ?>) properties).forEach((key, value) -> sorted.put(key.toString(), String.valueOf(value)));
        return sorted.toString();
    }

    private static List<String> sorted(List<String> lines) {
        lines.sort(null);
        return lines;
    }
}
