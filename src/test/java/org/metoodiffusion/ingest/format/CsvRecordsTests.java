package org.metoodiffusion.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRecordsTests {

    private static List<CsvRecords.Record> parse(String text) {
        var records = new ArrayList<CsvRecords.Record>();
        CsvRecords.of(new StringReader(text)).forEach(records::add);
        return records;
    }

    @Test
    void quotedFieldsHoldCommasNewlinesAndDoubledQuotes() {
        var records = parse("id,text\r\n1,\"a, b\r\nsaid \"\"hi\"\"\"\n2,plain\n");
        assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1L, 2L, 4L);
        assertThat(records.get(1).fields()).containsExactly("1", "a, b\nsaid \"hi\"");
        assertThat(records.get(2).fields()).containsExactly("2", "plain");
        assertThat(records).allMatch(CsvRecords.Record::ok);
    }

    @Test
    void emptyFieldsBlankLinesAndAMissingFinalNewline() {
        var records = parse("\uFEFFa,b,c\n\n,,\n\"\",x,\n1,2,3");
        assertThat(records).extracting(CsvRecords.Record::fields)
                .containsExactly(List.of("a", "b", "c"), List.of("", "", ""), List.of("", "x", ""), List.of("1", "2", "3"));
        assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1L, 3L, 4L, 5L);
    }

    @Test
    void anUnterminatedQuoteIsOneBadRecordAtItsStart() {
        var records = parse("id,text\n1,ok\n2,\"never closed\n3,lost\n");
        assertThat(records).hasSize(3);
        assertThat(records.get(2).line()).isEqualTo(3);
        assertThat(records.get(2).problem()).contains("unterminated quote");
    }

    @Test
    void textAfterAClosingQuoteIsAProblemButParsingGoesOn() {
        var records = parse("1,\"a\"b,c\n2,d\n");
        assertThat(records.get(0).problem()).contains("closing quote");
        assertThat(records.get(1).fields()).containsExactly("2", "d");
    }

    @Test
    void anEmptyInputHasNoRecords() {
        assertThat(parse("")).isEmpty();
        assertThat(parse("\n\r\n")).isEmpty();
    }

    @Test
    void anOversizedRecordIsOneProblemAndTheNextRecordsLoad() {
        var big = "x,\n".repeat(CsvRecords.MAX_RECORD_CHARS / 3 + 10);
        var records = parse("id,text\n1,\"" + big + "\"\n2,after\n3,\"quoted\"\n");
        assertThat(records).extracting(CsvRecords.Record::line)
                .containsExactly(1L, 2L, CsvRecords.MAX_RECORD_CHARS / 3 + 13L, CsvRecords.MAX_RECORD_CHARS / 3 + 14L);
        assertThat(records.get(1).problem()).startsWith("record longer than");
        assertThat(records.get(1).raw()).hasSizeLessThanOrEqualTo(2_000);
        assertThat(records.get(2).fields()).containsExactly("2", "after");
        assertThat(records.get(3).fields()).containsExactly("3", "quoted");
    }

    @Test
    void aTabSeparatorAndAQuoteInsideAnUnquotedField() {
        var records = CsvRecords.of(new StringReader("a\tb\n1\t\"x\ty\"\n2\tsaid \"hi\"\n"), '\t');
        var all = new ArrayList<CsvRecords.Record>();
        records.forEach(all::add);
        assertThat(all).extracting(CsvRecords.Record::fields)
                .containsExactly(List.of("a", "b"), List.of("1", "x\ty"), List.of("2", "said \"hi\""));
        assertThat(all).allMatch(CsvRecords.Record::ok);
    }
}
