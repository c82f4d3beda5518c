package org.metoodiffusion.network;

import java.io.IOException;
import java.io.Writer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.metoodiffusion.view.export.GraphXml;
import org.metoodiffusion.view.export.XmlText;

/**
 * GraphML (graphml.graphdrawing.org, checked against {@code graphml-structure.xsd}): every field
 * declared as a typed {@code <key>} before the graph, {@code edgedefault="directed"}, each edge
 * with its {@code kind} and {@code weight} (the key name Gephi and yEd read as the edge weight).
 * Node ids must be XML NMTOKENs: a platform id is one; a provisional {@code @handle} is not, so
 * {@link GraphXml#graphMlId} escapes it ({@code .0040handle}); the {@code accountId} key keeps the key as is.
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
            GraphXml.graphMlKeys(xml, "node", NODE_KEYS);
            GraphXml.graphMlKeys(xml, "edge", EDGE_KEYS);
            xml.writeStartElement("graph");
            xml.writeAttribute("id", GraphXml.graphMlId(graphId));
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

    private static void node(XMLStreamWriter xml, NetworkNode node) throws XMLStreamException {
        xml.writeStartElement("node");
        xml.writeAttribute("id", GraphXml.graphMlId(node.id()));
        GraphXml.graphMlData(xml, "n_label", node.label());
        GraphXml.graphMlData(xml, "n_accountId", node.id());
        GraphXml.graphMlData(xml, "n_name", node.name());
        GraphXml.graphMlData(xml, "n_followers", node.followers() == null ? null : node.followers().toString());
        GraphXml.graphMlData(xml, "n_provisional", Boolean.toString(node.provisional()));
        GraphXml.graphMlData(xml, "n_posts", Long.toString(node.posts()));
        GraphXml.graphMlData(xml, "n_postsCollected", Long.toString(node.postsCollected()));
        xml.writeEndElement();
    }

    private static void edge(XMLStreamWriter xml, NetworkEdge edge, long id) throws XMLStreamException {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", "e" + id);
        xml.writeAttribute("source", GraphXml.graphMlId(edge.source()));
        xml.writeAttribute("target", GraphXml.graphMlId(edge.target()));
        GraphXml.graphMlData(xml, "e_kind", edge.kind());
        GraphXml.graphMlData(xml, "e_weight", Long.toString(edge.weight()));
        xml.writeEndElement();
    }

}
