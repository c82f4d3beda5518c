package org.metoodiffusion.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metoodiffusion.ingest.ImportInput;

/** The documented samples under importer/samples are detected as their format and load without a reject. */
class SamplesTests {

    private static final List<FormatReader> READERS = List.of(new TwarcCsvReader(), new TweetIdsReader(),
            new SnapEdgeListReader(), new SnapFollowsReader(), new CsvTrioReader(), new Json2CsvReader());

    @ParameterizedTest
    @CsvSource({
            "twarc-csv-sample.csv, twarc-csv, 3",
            "twarc-json2csv-sample.csv, twarc-json2csv, 15",
            "tweet-ids-sample.txt, tweet-ids, 4",
            "reply-pairs-sample.csv, tweet-ids, 3",
            "snap-sample.txt, snap, 3",
            "csv-trio/accounts.csv, csv, 3",
            "csv-trio/posts.csv, csv, 2",
            "csv-trio/edges.csv, csv, 6"})
    void sampleLoadsCleanly(String sample, String format, int records) throws IOException {
        var path = "importer/samples/" + sample;
        try (var input = ImportInput.open(path)) {
            var head = input.head();
            assertThat(READERS.stream().filter(r -> r.sniff(head)).map(FormatReader::name)).containsExactly(format);
        }
        var reader = READERS.stream().filter(r -> r.name().equals(format)).findFirst().orElseThrow();
        var sink = ReaderFixtures.read(reader, ImportInput.open(path));
        assertThat(sink.rejects).isEmpty();
        assertThat(sink.flags).isEmpty();
        assertThat(sink.records).isEqualTo(records);
    }
}
