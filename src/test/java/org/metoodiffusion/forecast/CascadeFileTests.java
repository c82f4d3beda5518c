package org.metoodiffusion.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CascadeFileTests {

    @TempDir
    Path dir;

    @Test
    void cascadesStartAtTheirEarliestEventAndKeepTheirWeights() throws IOException {
        Path file = dir.resolve("c.csv");
        Files.writeString(file, """
                cascade,seconds,followers
                a,1000,10
                a,1300,20
                b,5,
                a,1100,30
                b,0,7
                """);
        var entries = CascadeFile.read(file).entries();
        assertThat(entries).extracting(ForecastCorpus.Entry::key).containsExactly("a", "b");
        var a = entries.get(0).events();
        assertThat(a.followerWeighted()).isTrue();
        assertThat(new double[] {a.seconds(0), a.seconds(1), a.seconds(2)}).containsExactly(0, 100, 300);
        assertThat(new double[] {a.weight(0), a.weight(1), a.weight(2)}).containsExactly(10, 30, 20);
        var b = entries.get(1).events();
        assertThat(b.followerWeighted()).isFalse();
        assertThat(b.weight(0)).isEqualTo(1);

        Path copy = dir.resolve("copy.csv");
        CascadeFile.write(copy, entries);
        var again = CascadeFile.read(copy).entries();
        assertThat(again.get(0).events().seconds(2)).isEqualTo(300);
        assertThat(again.get(0).events().weight(1)).isEqualTo(30);
        assertThat(again.get(1).events().followerWeighted()).isFalse();
    }

    @Test
    void aMalformedLineIsNamed() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "a,1,2\na,x,3\n");
        assertThatThrownBy(() -> CascadeFile.read(file)).hasMessageContaining("line 2");
        Files.write(file, List.of("a;1;2"));
        assertThatThrownBy(() -> CascadeFile.read(file)).hasMessageContaining("line 1");
    }
}
