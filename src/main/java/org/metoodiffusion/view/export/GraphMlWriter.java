package org.metoodiffusion.view.export;

import java.io.IOException;
import java.io.Writer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.metoodiffusion.view.GraphView;

/**
 * GraphML (graphml.graphdrawing.org): a directed graph, every node and edge field declared as a
 * typed {@code <key>}; times as ISO-8601 strings. Node ids are NMTOKENs ({@link GraphXml#graphMlId});
 * the {@code key} field keeps the view's own id.
 */
final class GraphMlWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String[][] NODE_KEYS = {{"key", "string"}, {"label", "string"}, {"kind", "string"},
            {"account", "string"}, {"accountId", "string"}, {"time", "string"}, {"depth", "int"},
            {"score", "double"}, {"size", "double"}, {"group", "string"}, {"color", "string"}, {"x", "double"},
            {"y", "double"}};
    private static final String[][] EDGE_KEYS = {{"kind", "string"}, {"time", "string"}};

    private GraphMlWriter() {
    }

    static void write(GraphView graph, String title, Writer out) throws IOException {
        try {
            var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            GraphXml.graphMlKeys(xml, "node", NODE_KEYS);
            GraphXml.graphMlKeys(xml, "edge", EDGE_KEYS);
            xml.writeStartElement("graph");
            xml.writeAttribute("id", GraphXml.graphMlId(title));
            xml.writeAttribute("edgedefault", "directed");
            for (var node : graph.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", GraphXml.graphMlId(node.id()));
                GraphXml.graphMlData(xml, "n_label", node.label());
                GraphXml.graphMlData(xml, "n_kind", node.kind());
                GraphXml.graphMlData(xml, "n_account", node.account());
                GraphXml.graphMlData(xml, "n_key", node.id());
                GraphXml.graphMlData(xml, "n_accountId", node.accountId());
                GraphXml.graphMlData(xml, "n_time", node.time().toString());
                GraphXml.graphMlData(xml, "n_depth", Integer.toString(node.depth()));
                GraphXml.graphMlData(xml, "n_score", Double.toString(node.score()));
                GraphXml.graphMlData(xml, "n_size", Double.toString(node.size()));
                GraphXml.graphMlData(xml, "n_group", node.group());
                GraphXml.graphMlData(xml, "n_color", Palette.hex(node.group()));
                GraphXml.graphMlData(xml, "n_x", Double.toString(node.x()));
                GraphXml.graphMlData(xml, "n_y", Double.toString(node.y()));
                xml.writeEndElement();
            }
            int id = 0;
            for (var edge : graph.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + id++);
                xml.writeAttribute("source", GraphXml.graphMlId(edge.source()));
                xml.writeAttribute("target", GraphXml.graphMlId(edge.target()));
                GraphXml.graphMlData(xml, "e_kind", edge.kind());
                GraphXml.graphMlData(xml, "e_time", edge.time().toString());
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

}
