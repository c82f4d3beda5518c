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
            GraphXml.textElement(xml, "creator", "metoo-diffusion");
            GraphXml.textElement(xml, "description", title);
            xml.writeEndElement();
            xml.writeStartElement("graph");
            xml.writeAttribute("mode", "dynamic");
            xml.writeAttribute("defaultedgetype", "directed");
            xml.writeAttribute("timeformat", "dateTime");
            xml.writeAttribute("timerepresentation", "interval");
            xml.writeAttribute("timezone", "UTC");
            GraphXml.gexfAttributes(xml, "node", NODE_ATTRIBUTES);
            GraphXml.gexfAttributes(xml, "edge", new String[][] {{"kind", "string"}});
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

    private static void node(XMLStreamWriter xml, NodeView node) throws XMLStreamException {
        xml.writeStartElement("node");
        xml.writeAttribute("id", node.id());
        xml.writeAttribute("label", XmlText.clean(node.label()));
        xml.writeAttribute("start", node.time().toString());
        xml.writeStartElement("attvalues");
        GraphXml.gexfValue(xml, "kind", node.kind());
        GraphXml.gexfValue(xml, "account", node.account());
        GraphXml.gexfValue(xml, "accountId", node.accountId());
        GraphXml.gexfValue(xml, "depth", Integer.toString(node.depth()));
        GraphXml.gexfValue(xml, "score", Double.toString(node.score()));
        GraphXml.gexfValue(xml, "group", node.group());
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
        GraphXml.gexfValue(xml, "kind", edge.kind());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
