package org.metoodiffusion.ingest.format;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import org.metoodiffusion.ingest.AccountItem;
import org.metoodiffusion.ingest.FollowItem;
import org.metoodiffusion.ingest.ImportInput;
import org.metoodiffusion.ingest.ImportSink;

/**
 * Reads SNAP follow lists: {@code follower followee} per line, whitespace-separated (as in the Higgs
 * data set's {@code higgs-social_network.edgelist}). Spec: {@code importer/formats/snap.md}.
 */
public final class SnapFollowsReader implements FormatReader {

    public static final String NAME = "snap-follows";

    private static final Pattern RECORD = Pattern.compile("\\d{1,19}\\s+\\d{1,19}");
    /** Two ids of 11+ digits each look like tweet reply pairs, which {@link TweetIdsReader} claims. */
    private static final Pattern LONG_PAIR = Pattern.compile("\\d{11,19}\\s+\\d{11,19}");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean sniff(List<String> head) {
        return SnapLines.allRecordsMatch(head, RECORD)
                && !(SnapLines.allRecordsMatch(head, LONG_PAIR) && ReplyPairs.plausible(head));
    }

    @Override
    public void read(ImportInput input, ImportSink sink) throws IOException {
        lineReader(List.of()).readAll(input, sink);
    }

    @Override
    public LineReader lineReader(List<String> head) {
        return SnapLines.lineReader(SnapFollowsReader::readLine);
    }

    private static void readLine(long number, String text, ImportSink sink) {
        var fields = SnapLines.fields(text);
        if (fields.length != 2) {
            sink.reject(number, fields.length + " fields; expected 'follower followee'", text);
            return;
        }
        var follower = SnapLines.account(fields[0], "follower", number, text, sink);
        var followee = follower == null ? null : SnapLines.account(fields[1], "followee", number, text, sink);
        if (followee == null) {
            return;
        }
        sink.accept(AccountItem.of(follower));
        sink.accept(AccountItem.of(followee));
        sink.accept(new FollowItem(follower, followee));
        sink.recordRead();
    }
}
