package org.metoodiffusion.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmptyGraphTest;
import org.metoodiffusion.view.export.GraphXml;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The network of {@link NetworkFixture}'s graph per scope, edge for edge with weights, and the same
 * network read back from each file format.
 */
class NetworkExportTests extends EmptyGraphTest {

    @Autowired
    AccountNetwork network;

    @Autowired
    NetworkExport export;

    @BeforeEach
    void fixture() {
        driver.executableQuery(NetworkFixture.CREATE).execute();
    }

    @Test
    void collectedScopeCountsCollectedPostsAndInteractions() {
        assertThat(edges(NetworkScope.COLLECTED)).containsExactlyInAnyOrder(NetworkFixture.COLLECTED);
    }

    @Test
    void allScopeAddsReferencedAndUnmarkedPosts() {
        var expected = Stream.concat(Stream.of(NetworkFixture.COLLECTED), Stream.of(NetworkFixture.ONLY_ALL)).toList();
        assertThat(edges(NetworkScope.ALL)).containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * An edited tweet counts once: gina's reply 21 and its later version 22 (EDIT_OF 21) both reply to
     * alice's post and mention bob; only the later version mentions carol; a second later version 23
     * mentions carol too.
     */
    @Test
    void theVersionsOfAnEditedTweetCountOnce() {
        driver.executableQuery("""
                MATCH (alice:Account {id: '101'}), (bob:Account {id: '102'}), (carol:Account {id: '103'}),
                      (p1:Post {id: '1'})
                CREATE (gina:Account {id: '777', username: 'gina'}),
                       (gina)-[:POSTED]->(v1:Post {id: '21', collected: true})-[:REPLY_TO]->(p1),
                       (gina)-[:POSTED]->(v2:Post {id: '22', collected: true})-[:REPLY_TO]->(p1),
                       (gina)-[:POSTED]->(v3:Post {id: '23', collected: true}),
                       (v2)-[:EDIT_OF]->(v1), (v3)-[:EDIT_OF]->(v1),
                       (v1)-[:MENTIONS]->(bob), (v2)-[:MENTIONS]->(bob), (v2)-[:MENTIONS]->(carol),
                       (v3)-[:MENTIONS]->(carol)
                """).execute();

        assertThat(edges(NetworkScope.COLLECTED)).filteredOn(edge -> edge.startsWith("777>"))
                .containsExactlyInAnyOrder("777>101:reply=1", "777>102:mention=1", "777>103:mention=1");
        assertThat(nodes(NetworkScope.COLLECTED).get("777").posts()).isEqualTo(1);
    }

    @Test
    void nodesAreTheEndsOfTheEdgesWithTheirColumns() {
        var collected = nodes(NetworkScope.COLLECTED);
        assertThat(collected.keySet()).containsExactlyInAnyOrder("101", "102", "103", "@dave", "105", "900", "901");
        assertThat(collected.get("101")).isEqualTo(new NetworkNode("101", "alice", "Alice A.", 5000L, false, 2, 2));
        assertThat(collected.get("@dave")).isEqualTo(new NetworkNode("@dave", "dave", null, null, true, 1, 1));
        assertThat(collected.get("105")).as("erin: posts only referenced or unmarked")
                .isEqualTo(new NetworkNode("105", "erin", null, null, false, 2, 0));
        assertThat(collected.get("900").label()).as("no username: the id").isEqualTo("900");
        assertThat(nodes(NetworkScope.ALL).keySet()).as("frank only quotes in a referenced post")
                .containsExactlyInAnyOrder("101", "102", "103", "@dave", "105", "106", "900", "901");
    }

    @Test
    void csvTablesHoldTheNetwork() throws Exception {
        var nodes = write(NetworkFile.NODES_CSV, NetworkScope.COLLECTED).split("\r\n");
        assertThat(nodes[0]).isEqualTo("Id,Label,Name,Followers,Provisional,Posts,PostsCollected");
        assertThat(nodes).hasSize(8).contains("101,alice,Alice A.,5000,false,2,2", "@dave,dave,,,true,1,1",
                "102,bob,\"Bob, \"\"B\"\"\",40,false,3,3");
        var edges = write(NetworkFile.EDGES_CSV, NetworkScope.COLLECTED).split("\r\n");
        assertThat(edges[0]).isEqualTo("Source,Target,Kind,Weight,Type");
        var read = new ArrayList<String>();
        for (var line : List.of(edges).subList(1, edges.length)) {
            var cells = line.split(",");
            assertThat(cells[4]).isEqualTo("Directed");
            read.add(cells[0] + ">" + cells[1] + ":" + cells[2] + "=" + cells[3]);
        }
        assertThat(read).containsExactlyInAnyOrder(NetworkFixture.COLLECTED);
    }

    @Test
    void gexfDeclaresItsAttributesAndHoldsTheNetwork() throws Exception {
        var document = parse(write(NetworkFile.GEXF, NetworkScope.COLLECTED));
        var root = document.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(NetworkGexf.NS);
        assertThat(root.getAttribute("version")).isEqualTo("1.3");
        var graph = (Element) root.getElementsByTagNameNS(NetworkGexf.NS, "graph").item(0);
        assertThat(graph.getAttribute("defaultedgetype")).isEqualTo("directed");
        var declared = new HashMap<String, String>();
        var attributes = document.getElementsByTagNameNS(NetworkGexf.NS, "attribute");
        for (int i = 0; i < attributes.getLength(); i++) {
            var attribute = (Element) attributes.item(i);
            var type = ((Element) attribute.getParentNode()).getAttribute("class");
            declared.put(type + ":" + attribute.getAttribute("id"), attribute.getAttribute("type"));
        }
        assertThat(declared).containsEntry("node:followers", "long").containsEntry("node:provisional", "boolean")
                .containsEntry("node:postsCollected", "long").containsEntry("edge:kind", "string");
        var usedFor = new HashSet<String>();
        var values = document.getElementsByTagNameNS(NetworkGexf.NS, "attvalue");
        for (int i = 0; i < values.getLength(); i++) {
            var value = (Element) values.item(i);
            var owner = ((Element) value.getParentNode().getParentNode()).getLocalName();
            usedFor.add(owner + ":" + value.getAttribute("for"));
        }
        assertThat(declared.keySet()).containsAll(usedFor);
        var nodeIds = ids(document, NetworkGexf.NS, "node", "id");
        assertThat(nodeIds).containsExactlyInAnyOrder("101", "102", "103", "@dave", "105", "900", "901");
        var edges = new ArrayList<String>();
        var list = document.getElementsByTagNameNS(NetworkGexf.NS, "edge");
        for (int i = 0; i < list.getLength(); i++) {
            var edge = (Element) list.item(i);
            assertThat(nodeIds).contains(edge.getAttribute("source"), edge.getAttribute("target"));
            edges.add(edge.getAttribute("source") + ">" + edge.getAttribute("target") + ":" + edge.getAttribute("kind")
                    + "=" + edge.getAttribute("weight"));
        }
        assertThat(edges).containsExactlyInAnyOrder(NetworkFixture.COLLECTED);
    }

    @Test
    void graphMlDeclaresItsKeysAndHoldsTheNetwork() throws Exception {
        var document = parse(write(NetworkFile.GRAPHML, NetworkScope.COLLECTED));
        var graph = (Element) document.getElementsByTagNameNS(NetworkGraphMl.NS, "graph").item(0);
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");
        var keys = new HashMap<String, String>();
        var keyList = document.getElementsByTagNameNS(NetworkGraphMl.NS, "key");
        for (int i = 0; i < keyList.getLength(); i++) {
            var key = (Element) keyList.item(i);
            keys.put(key.getAttribute("id"), key.getAttribute("for") + ":" + key.getAttribute("attr.name") + ":"
                    + key.getAttribute("attr.type"));
        }
        assertThat(keys).containsEntry("e_weight", "edge:weight:long").containsEntry("e_kind", "edge:kind:string")
                .containsEntry("n_label", "node:label:string");
        var accountIds = new HashMap<String, String>();
        var nodeList = document.getElementsByTagNameNS(NetworkGraphMl.NS, "node");
        for (int i = 0; i < nodeList.getLength(); i++) {
            var node = (Element) nodeList.item(i);
            assertThat(node.getAttribute("id")).as("an NMTOKEN").matches("[A-Za-z0-9._:-]+");
            accountIds.put(node.getAttribute("id"), data(node).get("n_accountId"));
        }
        assertThat(accountIds).containsEntry(".0040dave", "@dave").containsEntry("101", "101").hasSize(7);
        var edges = new ArrayList<String>();
        var edgeList = document.getElementsByTagNameNS(NetworkGraphMl.NS, "edge");
        for (int i = 0; i < edgeList.getLength(); i++) {
            var edge = (Element) edgeList.item(i);
            var data = data(edge);
            assertThat(keys.keySet()).containsAll(data.keySet());
            edges.add(accountIds.get(edge.getAttribute("source")) + ">" + accountIds.get(edge.getAttribute("target"))
                    + ":" + data.get("e_kind") + "=" + data.get("e_weight"));
        }
        assertThat(edges).containsExactlyInAnyOrder(NetworkFixture.COLLECTED);
    }

    @Test
    void scopesFormatsAndPartsAreChecked() {
        assertThat(NetworkScope.parse(" ALL ")).isEqualTo(NetworkScope.ALL);
        assertThat(NetworkFile.of("csv", "Nodes")).isEqualTo(NetworkFile.NODES_CSV);
        assertThat(NetworkFile.of("gexf", null)).isEqualTo(NetworkFile.GEXF);
        assertThat(NetworkFile.EDGES_CSV.fileName(NetworkScope.ALL)).isEqualTo("metoo-network-all.edges.csv");
        for (Runnable bad : List.<Runnable>of(() -> NetworkScope.parse("referenced"), () -> NetworkFile.of("xlsx"),
                () -> NetworkFile.of("csv", null), () -> NetworkFile.of("gexf", "nodes"))) {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(bad::run);
        }
        assertThat(GraphXml.graphMlId("@Ab_c-1")).isEqualTo(".0040Ab_c-1");
    }

    private Set<String> edges(NetworkScope scope) {
        var edges = new HashSet<String>();
        network.edges(scope, edge -> assertThat(edges.add(edge.source() + ">" + edge.target() + ":" + edge.kind()
                + "=" + edge.weight())).as("one row per (source, target, kind)").isTrue());
        return edges;
    }

    private Map<String, NetworkNode> nodes(NetworkScope scope) {
        var nodes = new HashMap<String, NetworkNode>();
        network.nodes(scope, node -> assertThat(nodes.put(node.id(), node)).as("once: %s", node.id()).isNull());
        return nodes;
    }

    private String write(NetworkFile file, NetworkScope scope) throws Exception {
        var out = new StringWriter();
        export.write(file, scope, out);
        return out.toString();
    }

    static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> ids(Document document, String ns, String element, String attribute) {
        var ids = new ArrayList<String>();
        var list = document.getElementsByTagNameNS(ns, element);
        for (int i = 0; i < list.getLength(); i++) {
            ids.add(((Element) list.item(i)).getAttribute(attribute));
        }
        return ids;
    }

    private static Map<String, String> data(Element owner) {
        var data = new HashMap<String, String>();
        var list = owner.getElementsByTagNameNS(NetworkGraphMl.NS, "data");
        for (int i = 0; i < list.getLength(); i++) {
            var element = (Element) list.item(i);
            data.put(element.getAttribute("key"), element.getTextContent());
        }
        return data;
    }
}
