package org.metoodiffusion.ingest.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTests {

    @TempDir
    Path directory;

    @Test
    void fieldsAreWrittenAsTheirTextQuotedWhenTheImporterNeedsIt() throws IOException {
        var path = directory.resolve("rows.csv");
        try (var file = new CsvFile(path, ":ID,text,n:long,b:boolean")) {
            file.row(0L, "plain", 42L, true);
            file.row(-7L, "a, \"quoted\"\nline", Long.MIN_VALUE, false);
            file.row(1L, " padded", null, null);
            file.row(2L, "café #MeToo ✊🏽", Long.MAX_VALUE, Boolean.TRUE);
            file.row(919_659_438_700_670_976L, 26_642_006L);
            assertThat(file.multiline()).isTrue();
        }
        assertThat(Files.readString(path, StandardCharsets.UTF_8)).isEqualTo("""
                :ID,text,n:long,b:boolean
                0,plain,42,true
                -7,"a, ""quoted""
                line",-9223372036854775808,false
                1," padded",,
                2,café #MeToo ✊🏽,9223372036854775807,true
                919659438700670976,26642006
                """);
    }

    @Test
    void instantsAreWrittenAsInstantToStringWrites() throws IOException {
        var random = new Random(7);
        var instants = new ArrayList<Instant>();
        instants.add(Instant.EPOCH);
        instants.add(Instant.parse("2017-10-15T20:21:11Z"));
        instants.add(Instant.parse("2017-10-15T20:21:17.277Z"));
        instants.add(Instant.parse("2000-02-29T23:59:59.000100Z"));
        instants.add(Instant.parse("9999-12-31T23:59:59.999999999Z"));
        instants.add(Instant.parse("+10000-01-01T00:00:00Z"));
        instants.add(Instant.parse("1969-12-31T23:59:59.5Z"));
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(253_402_300_800L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(seconds, nanos));
        }
        var path = directory.resolve("instants.csv");
        var expected = new StringBuilder("at:datetime\n");
        try (var file = new CsvFile(path, "at:datetime")) {
            for (var instant : instants) {
                file.row(instant);
                expected.append(instant).append('\n');
            }
        }
        assertThat(Files.readString(path, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }
}
