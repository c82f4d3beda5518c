package org.metoodiffusion.view.export;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The elements GEXF 1.3 and GraphML files are made of, shared by the cascade exports and the account
 * network: typed attribute declarations and values, every text made safe by {@link XmlText}.
 */
public final class GraphXml {

    private GraphXml() {
    }

    /** GEXF {@code <attributes class="node|edge">}: one {@code {id, type}} pair per attribute. */
    public static void gexfAttributes(XMLStreamWriter xml, String type, String[][] attributes)
            throws XMLStreamException {
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

    /** A GEXF {@code <attvalue>}; nothing for an unknown (null) value. */
    public static void gexfValue(XMLStreamWriter xml, String attribute, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeEmptyElement("attvalue");
            xml.writeAttribute("for", attribute);
            xml.writeAttribute("value", XmlText.clean(value));
        }
    }

    /** GraphML {@code <key>}s for {@code target} (node or edge), ids {@code n_name} / {@code e_name}. */
    public static void graphMlKeys(XMLStreamWriter xml, String target, String[][] keys) throws XMLStreamException {
        for (var key : keys) {
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", target.charAt(0) + "_" + key[0]);
            xml.writeAttribute("for", target);
            xml.writeAttribute("attr.name", key[0]);
            xml.writeAttribute("attr.type", key[1]);
        }
    }

    /** A GraphML {@code <data>}; nothing for an unknown (null) value. */
    public static void graphMlData(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeStartElement("data");
            xml.writeAttribute("key", key);
            xml.writeCharacters(XmlText.clean(value));
            xml.writeEndElement();
        }
    }

    /**
     * A key as a GraphML id (an XML NMTOKEN): letters, digits, {@code _} and {@code -} kept, any other
     * character as {@code .} and four hex digits ({@code @dave} is {@code .0040dave}). One-to-one,
     * since a kept character is never {@code .}.
     */
    public static String graphMlId(String key) {
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

    /** {@code <name>text</name>}. */
    public static void textElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }
}
