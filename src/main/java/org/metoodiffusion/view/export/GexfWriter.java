package org.metoodiffusion.view.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.metoodiffusion.view.EdgeView;
import org.metoodiffusion.view.GraphView;
import org.metoodiffusion.view.NodeView;

/**
 * GEXF 1.3 (gexf.net) with a dynamic timeline: {@code mode="dynamic"}, {@code timeformat="dateTime"},
 * every node and edge carrying its {@code start} (when the post was made; intervals open to the
 * end), so Gephi's timeline replays the spread. Edges are directed ({@code defaultedgetype}) from
 * the earlier post to the response. Positions, sizes and colours go in the viz module.
 */
final class GexfWriter {

    static final String NS = "http://gexf.net/1.3";
    static final String VIZ = "http://gexf.net/1.3/viz";
    private static final String[][] NODE_ATTRIBUTES = {{"kind", "string"}, {"account", "string"},
            {"accountId", "string"}, {"depth", "integer"}, {"score", "double"}, {"group", "string"}};

    private GexfWriter() {
    }

    static void write(GraphView graph, String title, Writer out) throws IOException {
        try {
            var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("viz", VIZ);
            xml.writeAttribute("version", "1.3");
            xml.writeStartElement("meta");
            element(xml, "creator", "metoo-diffusion");
            element(xml, "description", title);
            xml.writeEndElement();
            xml.writeStartElement("graph");
            xml.writeAttribute("mode", "dynamic");
            xml.writeAttribute("defaultedgetype", "directed");
            xml.writeAttribute("timeformat", "dateTime");
            xml.writeAttribute("timerepresentation", "interval");
            xml.writeAttribute("timezone", "UTC");
            attributes(xml, "node", NODE_ATTRIBUTES);
            attributes(xml, "edge", new String[][] {{"kind", "string"}});
            xml.writeStartElement("nodes");
            for (var node : graph.nodes()) {
                node(xml, node);
            }
            xml.writeEndElement();
            xml.writeStartElement("edges");
            int id = 0;
            for (var edge : graph.edges()) {
                edge(xml, edge, id++);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("GEXF could not be written", e);
        }
    }

    private static void attributes(XMLStreamWriter xml, String type, String[][] attributes) throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", type);
        for (var attribute : attributes) {
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", attribute[0]);
            xml.writeAttribute("title", attribute[0]);
            xml.writeAttribute("type", attribute[1]);
        }
        xml.writeEndElement();
    }

    private static void node(XMLStreamWriter xml, NodeView node) throws XMLStreamException {
        xml.writeStartElement("node");
        xml.writeAttribute("id", node.id());
        xml.writeAttribute("label", node.label());
        xml.writeAttribute("start", node.time().toString());
        xml.writeStartElement("attvalues");
        value(xml, "kind", node.kind());
        value(xml, "account", node.account());
        value(xml, "accountId", node.accountId());
        value(xml, "depth", Integer.toString(node.depth()));
        value(xml, "score", Double.toString(node.score()));
        value(xml, "group", node.group());
        xml.writeEndElement();
        int[] rgb = Palette.rgb(node.group());
        xml.writeEmptyElement("viz", "color", VIZ);
        xml.writeAttribute("r", Integer.toString(rgb[0]));
        xml.writeAttribute("g", Integer.toString(rgb[1]));
        xml.writeAttribute("b", Integer.toString(rgb[2]));
        xml.writeEmptyElement("viz", "position", VIZ);
        xml.writeAttribute("x", format(node.x()));
        xml.writeAttribute("y", format(-node.y()));
        xml.writeAttribute("z", "0.0");
        xml.writeEmptyElement("viz", "size", VIZ);
        xml.writeAttribute("value", format(node.size()));
        xml.writeEndElement();
    }

    private static void edge(XMLStreamWriter xml, EdgeView edge, int id) throws XMLStreamException {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", Integer.toString(id));
        xml.writeAttribute("source", edge.source());
        xml.writeAttribute("target", edge.target());
        xml.writeAttribute("label", edge.kind().toLowerCase(Locale.ROOT));
        xml.writeAttribute("start", edge.time().toString());
        xml.writeStartElement("attvalues");
        value(xml, "kind", edge.kind());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void value(XMLStreamWriter xml, String attribute, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeEmptyElement("attvalue");
            xml.writeAttribute("for", attribute);
            xml.writeAttribute("value", value);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
