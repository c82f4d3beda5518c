package org.metoodiffusion.ingest.format;

import java.util.List;

/**
 * Every format the importer reads, in the order detection tries them: the more specific shapes
 * first (twarc2 pages before v1.1 objects, the CSV trio's exact headers before twarc-csv, SNAP's
 * numeric lines before bare id lists).
 */
public final class FormatReaders {

    private static final List<FormatReader> ALL = List.of(new Twarc2Reader(), new TwitterV1Reader(),
            new CsvTrioReader(), new TwarcCsvReader(), new Json2CsvReader(), new SnapEdgeListReader(),
            new SnapFollowsReader(), new TweetIdsReader());

    private FormatReaders() {
    }

    public static List<FormatReader> all() {
        return ALL;
    }
}
