package org.metoodiffusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export} on a fresh embedded database (the seed story loads into it): Gephi's CSV tables
 * of Burke's cascade land as two files; charts land as PNG or SVG; a bad format is a usage error.
 */
class ExportCommandTests {

    @TempDir
    Path dir;

    @Test
    void exportsGephiTablesOfACascade() throws Exception {
        var output = dir.resolve("burke.csv");
        int code = MetooDiffusion.commandLine().execute("export", "--data-dir", dir.resolve("data").toString(),
                "--root", "burke", "--format", "csv", "-o", output.toString());
        assertThat(code).isZero();
        var nodes = Files.readAllLines(dir.resolve("burke.nodes.csv"));
        var edges = Files.readAllLines(dir.resolve("burke.edges.csv"));
        assertThat(nodes.get(0)).startsWith("Id,Label,");
        assertThat(nodes).hasSize(4);
        assertThat(edges).hasSize(3);
        assertThat(edges.get(0)).startsWith("Source,Target,Type");
        assertThat(edges.subList(1, 3)).allSatisfy(line -> assertThat(line).startsWith("burke,").contains(",Directed,"));
    }

    @Test
    void exportsBothChartsAsPngAndSvg() throws Exception {
        var data = dir.resolve("data").toString();
        var png = dir.resolve("adoption.png");
        assertThat(MetooDiffusion.commandLine().execute("export", "--data-dir", data, "--chart", "adoption",
                "--root", "milano", "--scale", "log", "--width", "800", "--height", "500", "-o", png.toString())).isZero();
        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(500);
        var svg = dir.resolve("sizes.svg");
        assertThat(MetooDiffusion.commandLine().execute("export", "--data-dir", data, "--chart", "cascade-sizes",
                "-f", "svg", "-o", svg.toString())).isZero();
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(document.getDocumentElement().getTextContent()).contains("Cascade size distribution (CCDF): #metoo");
    }

    @Test
    void unknownChartOrChartFormatIsAUsageError() {
        var data = dir.resolve("data").toString();
        assertThat(MetooDiffusion.commandLine().execute("export", "--data-dir", data, "--chart", "pie")).isEqualTo(2);
        assertThat(MetooDiffusion.commandLine().execute("export", "--data-dir", data, "--chart", "adoption", "-f", "gexf"))
                .isEqualTo(2);
        assertThat(MetooDiffusion.commandLine().execute("export", "--data-dir", data, "--chart", "adoption",
                "--scale", "cubic")).isEqualTo(2);
    }

    @Test
    void unknownFormatIsAUsageError() {
        int code = MetooDiffusion.commandLine().execute("export", "--data-dir", dir.resolve("data").toString(),
                "--format", "xlsx");
        assertThat(code).isEqualTo(2);
    }
}
