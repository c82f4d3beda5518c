package org.metoodiffusion.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

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
            text(xml, "creator", "metoo-diffusion");
            text(xml, "description", title);
            xml.writeEndElement();
            xml.writeStartElement("graph");
            xml.writeAttribute("defaultedgetype", "directed");
            xml.writeAttribute("idtype", "string");
            declare(xml, "node", NODE_ATTRIBUTES);
            declare(xml, "edge", new String[][] {{"kind", "string"}});
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

    private static void declare(XMLStreamWriter xml, String type, String[][] attributes) throws XMLStreamException {
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

    private static void node(XMLStreamWriter xml, NetworkNode node) throws XMLStreamException {
        xml.writeStartElement("node");
        xml.writeAttribute("id", node.id());
        xml.writeAttribute("label", XmlText.clean(node.label()));
        xml.writeStartElement("attvalues");
        value(xml, "name", node.name());
        value(xml, "followers", node.followers() == null ? null : node.followers().toString());
        value(xml, "provisional", Boolean.toString(node.provisional()));
        value(xml, "posts", Long.toString(node.posts()));
        value(xml, "postsCollected", Long.toString(node.postsCollected()));
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
        value(xml, "kind", edge.kind());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void value(XMLStreamWriter xml, String attribute, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeEmptyElement("attvalue");
            xml.writeAttribute("for", attribute);
            xml.writeAttribute("value", XmlText.clean(value));
        }
    }

    private static void text(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(text));
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
