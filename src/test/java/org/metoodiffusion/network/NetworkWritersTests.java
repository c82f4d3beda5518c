package org.metoodiffusion.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.metoodiffusion.view.export.XmlText;
import org.w3c.dom.Element;

/** The writers alone, on rows in memory: text XML forbids still gives a document Gephi can read. */
class NetworkWritersTests {

    private static final NetworkRows ROWS = new NetworkRows() {
        @Override
        public void nodes(Consumer<NetworkNode> consumer) {
            List.of(new NetworkNode("101", "alice", "bell\u0007 & <cut \uD83D", 5L, false, 1, 1),
                    new NetworkNode("@dave", "dave", null, null, true, 0, 0)).forEach(consumer);
        }

        @Override
        public void edges(Consumer<NetworkEdge> consumer) {
            consumer.accept(new NetworkEdge("@dave", "101", "retweet", 3));
        }
    };

    @Test
    void forbiddenCharactersBecomeReplacementCharacters() throws Exception {
        for (var file : List.of(NetworkFile.GEXF, NetworkFile.GRAPHML)) {
            var out = new StringWriter();
            file.write(ROWS, "metoo-network-collected", out);
            var document = NetworkExportTests.parse(out.toString());
            assertThat(document.getDocumentElement().getTextContent() + attributeValues(document.getDocumentElement()))
                    .as("%s", file).contains("bell\uFFFD & <cut \uFFFD");
        }
        assertThat(XmlText.clean("ok \uD83D\uDE00")).as("a whole emoji stays").isEqualTo("ok \uD83D\uDE00");
    }

    private static String attributeValues(Element root) {
        var values = new StringBuilder();
        var list = root.getElementsByTagNameNS(NetworkGexf.NS, "attvalue");
        for (int i = 0; i < list.getLength(); i++) {
            values.append(((Element) list.item(i)).getAttribute("value")).append('\n');
        }
        return values.toString();
    }
}
