package org.metoodiffusion.view.export;

import java.io.IOException;
import java.io.Writer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.metoodiffusion.view.GraphView;

/**
 * GraphML (graphml.graphdrawing.org): a directed graph, every node and edge field declared as a
 * typed {@code <key>}; times as ISO-8601 strings.
 */
final class GraphMlWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String[][] NODE_KEYS = {{"label", "string"}, {"kind", "string"}, {"account", "string"},
            {"accountId", "string"}, {"time", "string"}, {"depth", "int"}, {"score", "double"}, {"size", "double"},
            {"group", "string"}, {"color", "string"}, {"x", "double"}, {"y", "double"}};
    private static final String[][] EDGE_KEYS = {{"kind", "string"}, {"time", "string"}};

    private GraphMlWriter() {
    }

    static void write(GraphView graph, String title, Writer out) throws IOException {
        try {
            var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            keys(xml, "node", NODE_KEYS);
            keys(xml, "edge", EDGE_KEYS);
            xml.writeStartElement("graph");
            xml.writeAttribute("id", title);
            xml.writeAttribute("edgedefault", "directed");
            for (var node : graph.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", node.id());
                data(xml, "n_label", node.label());
                data(xml, "n_kind", node.kind());
                data(xml, "n_account", node.account());
                data(xml, "n_accountId", node.accountId());
                data(xml, "n_time", node.time().toString());
                data(xml, "n_depth", Integer.toString(node.depth()));
                data(xml, "n_score", Double.toString(node.score()));
                data(xml, "n_size", Double.toString(node.size()));
                data(xml, "n_group", node.group());
                data(xml, "n_color", Palette.hex(node.group()));
                data(xml, "n_x", Double.toString(node.x()));
                data(xml, "n_y", Double.toString(node.y()));
                xml.writeEndElement();
            }
            int id = 0;
            for (var edge : graph.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + id++);
                xml.writeAttribute("source", edge.source());
                xml.writeAttribute("target", edge.target());
                data(xml, "e_kind", edge.kind());
                data(xml, "e_time", edge.time().toString());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("GraphML could not be written", e);
        }
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

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeStartElement("data");
            xml.writeAttribute("key", key);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }
    }
}
