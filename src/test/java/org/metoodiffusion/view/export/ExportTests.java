package org.metoodiffusion.view.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metoodiffusion.support.ProblemAssert.assertProblem;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmbeddedAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Exports of the seed story's #metoo view downloaded over HTTP, parsed back with the JDK's XML
 * parser (GEXF, GraphML) or read as text (CSV, DOT), and compared with the view's graph JSON:
 * the same nodes, the same directed edges of the same kinds, the same times.
 */
class ExportTests extends EmbeddedAppTest {

    private static final String QUERY = "?root=hashtag:metoo";
    private static final String PROBLEM = "urn:metoo-diffusion:problem:";

    @Autowired
    TestRestTemplate http;

    @Test
    void gexfIsDynamicDirectedAndHoldsTheGraph() throws Exception {
        var response = download("gexf", "application/gexf+xml", "metoo-metoo.gexf");
        var document = parse(response);
        var graph = (Element) document.getElementsByTagNameNS(GexfWriter.NS, "graph").item(0);
        assertThat(document.getDocumentElement().getAttribute("version")).isEqualTo("1.3");
        assertThat(graph.getAttribute("mode")).isEqualTo("dynamic");
        assertThat(graph.getAttribute("defaultedgetype")).isEqualTo("directed");
        assertThat(graph.getAttribute("timeformat")).isEqualTo("dateTime");
        var view = view();
        assertThat(nodes(document, GexfWriter.NS, "start")).isEqualTo(viewNodes(view));
        assertThat(edges(document, GexfWriter.NS, "label")).isEqualTo(viewEdges(view, true));
        assertThat(document.getElementsByTagNameNS(GexfWriter.VIZ, "position").getLength())
                .isEqualTo(view.at("/graph/nodes").size());
    }

    @Test
    void graphMlIsDirectedAndHoldsTheGraph() throws Exception {
        var document = parse(download("graphml", "application/graphml+xml", "metoo-metoo.graphml"));
        var graph = (Element) document.getElementsByTagNameNS(GraphMlWriter.NS, "graph").item(0);
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");
        var view = view();
        var nodes = new HashSet<String>();
        var list = document.getElementsByTagNameNS(GraphMlWriter.NS, "node");
        for (int i = 0; i < list.getLength(); i++) {
            var node = (Element) list.item(i);
            // GraphML ids are NMTOKENs (a virtual root '#metoo' is escaped): the key keeps the view's id.
            assertThat(node.getAttribute("id")).isEqualTo(GraphXml.graphMlId(data(node, "n_key")));
            nodes.add(data(node, "n_key") + "@" + data(node, "n_time"));
        }
        assertThat(nodes).isEqualTo(viewNodes(view));
        var edges = new HashSet<String>();
        var edgeList = document.getElementsByTagNameNS(GraphMlWriter.NS, "edge");
        for (int i = 0; i < edgeList.getLength(); i++) {
            var edge = (Element) edgeList.item(i);
            edges.add(edge.getAttribute("source") + ">" + edge.getAttribute("target") + ":" + data(edge, "e_kind"));
        }
        assertThat(edges).isEqualTo(viewEdges(view, false).stream().map(edge -> {
            var ends = edge.substring(0, edge.lastIndexOf(':')).split(">");
            return GraphXml.graphMlId(ends[0]) + ">" + GraphXml.graphMlId(ends[1]) + edge.substring(edge.lastIndexOf(':'));
        }).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void gephiCsvTablesAndDotHoldTheGraph() throws Exception {
        var view = view();
        var nodes = text(download("nodes.csv", "text/csv", "metoo-metoo.nodes.csv")).split("\r\n");
        assertThat(nodes[0]).startsWith("Id,Label,");
        assertThat(nodes).hasSize(view.at("/graph/nodes").size() + 1);
        var edges = text(download("edges.csv", "text/csv", "metoo-metoo.edges.csv")).split("\r\n");
        assertThat(edges[0]).startsWith("Source,Target,Type");
        assertThat(edges).hasSize(view.at("/graph/edges").size() + 1);
        var edgeRows = new HashSet<String>();
        for (int i = 1; i < edges.length; i++) {
            var cells = edges[i].split(",");
            assertThat(cells[2]).isEqualTo("Directed");
            edgeRows.add(cells[0] + ">" + cells[1] + ":" + cells[6]);
        }
        assertThat(edgeRows).isEqualTo(viewEdges(view, false));
        var dot = text(download("dot", "text/vnd.graphviz", "metoo-metoo.dot"));
        assertThat(dot).startsWith("digraph ");
        for (var edge : view.at("/graph/edges")) {
            assertThat(dot).contains("\"" + edge.get("source").asText() + "\" -> \"" + edge.get("target").asText() + "\"");
        }
    }

    @Test
    void unknownFormatIsAProblem() throws Exception {
        assertProblem(http.getForEntity("/api/views/export/xlsx" + QUERY, String.class), 400,
                PROBLEM + "invalid-parameter");
    }

    private ResponseEntity<byte[]> download(String format, String type, String filename) {
        var response = http.getForEntity("/api/views/export/" + format + QUERY, byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith(type);
        var disposition = response.getHeaders().getContentDisposition();
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo(filename);
        return response;
    }

    private JsonNode view() throws Exception {
        return new ObjectMapper().readTree(http.getForEntity("/api/views/graph" + QUERY, String.class).getBody());
    }

    private static Set<String> viewNodes(JsonNode view) {
        var nodes = new HashSet<String>();
        view.at("/graph/nodes").forEach(n -> nodes.add(n.get("id").asText() + "@" + n.get("time").asText()));
        return nodes;
    }

    private static Set<String> viewEdges(JsonNode view, boolean lowerCase) {
        var edges = new HashSet<String>();
        view.at("/graph/edges").forEach(e -> edges.add(e.get("source").asText() + ">" + e.get("target").asText() + ":"
                + (lowerCase ? e.get("kind").asText().toLowerCase() : e.get("kind").asText())));
        return edges;
    }

    private static Set<String> nodes(Document document, String ns, String timeAttribute) {
        var nodes = new HashSet<String>();
        var list = document.getElementsByTagNameNS(ns, "node");
        for (int i = 0; i < list.getLength(); i++) {
            var node = (Element) list.item(i);
            nodes.add(node.getAttribute("id") + "@" + node.getAttribute(timeAttribute));
        }
        return nodes;
    }

    private static Set<String> edges(Document document, String ns, String kindAttribute) {
        var edges = new HashSet<String>();
        var list = document.getElementsByTagNameNS(ns, "edge");
        for (int i = 0; i < list.getLength(); i++) {
            var edge = (Element) list.item(i);
            edges.add(edge.getAttribute("source") + ">" + edge.getAttribute("target") + ":"
                    + edge.getAttribute(kindAttribute));
        }
        return edges;
    }

    private static String data(Element element, String key) {
        var list = element.getElementsByTagNameNS(GraphMlWriter.NS, "data");
        for (int i = 0; i < list.getLength(); i++) {
            var data = (Element) list.item(i);
            if (data.getAttribute("key").equals(key)) {
                return data.getTextContent();
            }
        }
        return null;
    }

    private static Document parse(ResponseEntity<byte[]> response) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getBody()));
    }

    private static String text(ResponseEntity<byte[]> response) {
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }
}
