package org.metoodiffusion.network;

import java.io.IOException;
import java.io.Writer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML (graphml.graphdrawing.org, checked against {@code graphml-structure.xsd}): every field
 * declared as a typed {@code <key>} before the graph, {@code edgedefault="directed"}, each edge
 * with its {@code kind} and {@code weight} (the key name Gephi and yEd read as the edge weight).
 * Node ids must be XML NMTOKENs: a platform id is one; a provisional {@code @handle} is not, so
 * {@link #nodeId} escapes it ({@code .0040handle}); the {@code accountId} key keeps the key as is.
 */
final class NetworkGraphMl {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String[][] NODE_KEYS = {{"label", "string"}, {"accountId", "string"}, {"name", "string"},
            {"followers", "long"}, {"provisional", "boolean"}, {"posts", "long"}, {"postsCollected", "long"}};
    private static final String[][] EDGE_KEYS = {{"kind", "string"}, {"weight", "long"}};

    private NetworkGraphMl() {
    }

    static void write(NetworkRows rows, String graphId, Writer out) throws IOException {
        try {
            var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            keys(xml, "node", NODE_KEYS);
            keys(xml, "edge", EDGE_KEYS);
            xml.writeStartElement("graph");
            xml.writeAttribute("id", nodeId(graphId));
            xml.writeAttribute("edgedefault", "directed");
            NetworkCsv.streaming(() -> rows.nodes(node -> NetworkGexf.xml(() -> node(xml, node))));
            long[] id = {0};
            NetworkCsv.streaming(() -> rows.edges(edge -> NetworkGexf.xml(() -> edge(xml, edge, id[0]++))));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("GraphML could not be written", e);
        }
    }

    /**
     * The account key as an NMTOKEN: letters, digits, {@code _} and {@code -} kept, any other
     * character as {@code .} and four hex digits. One-to-one, since a kept character is never
     * {@code .}.
     */
    static String nodeId(String key) {
        var id = new StringBuilder(key.length() + 4);
        key.chars().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                id.append((char) c);
            } else {
                id.append('.').append(String.format("%04x", c));
            }
        });
        return id.toString();
    }

    private static void keys(XMLStreamWriter xml, String target, String[][] keys) throws XMLStreamException {
        for (var key : keys) {
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", target.charAt(0) + "_" + key[0]);
            xml.writeAttribute("for", target);
            xml.writeAttribute("attr.name", key[0]);
            xml.writeAttribute("attr.type", key[1]);
        }
    }

    private static void node(XMLStreamWriter xml, NetworkNode node) throws XMLStreamException {
        xml.writeStartElement("node");
        xml.writeAttribute("id", nodeId(node.id()));
        data(xml, "n_label", node.label());
        data(xml, "n_accountId", node.id());
        data(xml, "n_name", node.name());
        data(xml, "n_followers", node.followers() == null ? null : node.followers().toString());
        data(xml, "n_provisional", Boolean.toString(node.provisional()));
        data(xml, "n_posts", Long.toString(node.posts()));
        data(xml, "n_postsCollected", Long.toString(node.postsCollected()));
        xml.writeEndElement();
    }

    private static void edge(XMLStreamWriter xml, NetworkEdge edge, long id) throws XMLStreamException {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", "e" + id);
        xml.writeAttribute("source", nodeId(edge.source()));
        xml.writeAttribute("target", nodeId(edge.target()));
        data(xml, "e_kind", edge.kind());
        data(xml, "e_weight", Long.toString(edge.weight()));
        xml.writeEndElement();
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeStartElement("data");
            xml.writeAttribute("key", key);
            xml.writeCharacters(XmlText.clean(value));
            xml.writeEndElement();
        }
    }
}
