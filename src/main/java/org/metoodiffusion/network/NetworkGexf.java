package org.metoodiffusion.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.metoodiffusion.view.export.GraphXml;
import org.metoodiffusion.view.export.XmlText;

/**
 * GEXF 1.3 (gexf.net/1.3, checked against its {@code gexf.rnc}): a static graph with
 * {@code defaultedgetype="directed"}, typed attribute declarations ({@code <attributes
 * class="node|edge">}) before the nodes, each edge with its {@code weight} and its {@code kind},
 * the GEXF attribute that lets parallel edges of different kinds stand (Gephi keeps a retweet and a
 * mention of the same pair apart). The kind is also an edge attribute, for Gephi's filters.
 */
final class NetworkGexf {

    static final String NS = "http://gexf.net/1.3";
    private static final String[][] NODE_ATTRIBUTES = {{"name", "string"}, {"followers", "long"},
            {"provisional", "boolean"}, {"posts", "long"}, {"postsCollected", "long"}};

    private NetworkGexf() {
    }

    static void write(NetworkRows rows, String title, Writer out) throws IOException {
        try {
            var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("version", "1.3");
            xml.writeStartElement("meta");
            GraphXml.textElement(xml, "creator", "metoo-diffusion");
            GraphXml.textElement(xml, "description", title);
            xml.writeEndElement();
            xml.writeStartElement("graph");
            xml.writeAttribute("defaultedgetype", "directed");
            xml.writeAttribute("idtype", "string");
            GraphXml.gexfAttributes(xml, "node", NODE_ATTRIBUTES);
            GraphXml.gexfAttributes(xml, "edge", new String[][] {{"kind", "string"}});
            xml.writeStartElement("nodes");
            NetworkCsv.streaming(() -> rows.nodes(node -> xml(() -> node(xml, node))));
            xml.writeEndElement();
            xml.writeStartElement("edges");
            long[] id = {0};
            NetworkCsv.streaming(() -> rows.edges(edge -> xml(() -> edge(xml, edge, id[0]++))));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("GEXF could not be written", e);
        }
    }

    private static void node(XMLStreamWriter xml, NetworkNode node) throws XMLStreamException {
        xml.writeStartElement("node");
        xml.writeAttribute("id", node.id());
        xml.writeAttribute("label", XmlText.clean(node.label()));
        xml.writeStartElement("attvalues");
        GraphXml.gexfValue(xml, "name", node.name());
        GraphXml.gexfValue(xml, "followers", node.followers() == null ? null : node.followers().toString());
        GraphXml.gexfValue(xml, "provisional", Boolean.toString(node.provisional()));
        GraphXml.gexfValue(xml, "posts", Long.toString(node.posts()));
        GraphXml.gexfValue(xml, "postsCollected", Long.toString(node.postsCollected()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void edge(XMLStreamWriter xml, NetworkEdge edge, long id) throws XMLStreamException {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", Long.toString(id));
        xml.writeAttribute("source", edge.source());
        xml.writeAttribute("target", edge.target());
        xml.writeAttribute("kind", edge.kind());
        xml.writeAttribute("label", edge.kind());
        xml.writeAttribute("weight", Long.toString(edge.weight()));
        xml.writeStartElement("attvalues");
        GraphXml.gexfValue(xml, "kind", edge.kind());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** A write inside a row callback, which cannot throw checked exceptions. */
    interface XmlWrite {
        void run() throws XMLStreamException;
    }

    static void xml(XmlWrite write) {
        try {
            write.run();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("XML could not be written", e));
        }
    }
}
