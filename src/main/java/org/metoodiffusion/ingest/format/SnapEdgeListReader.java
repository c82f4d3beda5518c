package org.metoodiffusion.ingest.format;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.metoodiffusion.ingest.AccountItem;
import org.metoodiffusion.ingest.ImportInput;
import org.metoodiffusion.ingest.ImportSink;
import org.metoodiffusion.ingest.InteractionItem;
import org.metoodiffusion.ingest.InteractionItem.Kind;

/**
 * Reads SNAP temporal edge lists, account level and without post ids: {@code userA userB unix_ts
 * RT|MT|RE} (as in the Higgs Twitter activity data), meaning userA retweeted, mentioned or replied
 * to userB at {@code unix_ts} seconds. Follow lists ({@code follower followee}) are read by
 * {@link SnapFollowsReader}. Spec: {@code importer/formats/snap.md}.
 */
public final class SnapEdgeListReader implements FormatReader {

    public static final String NAME = "snap";

    private static final Pattern RECORD = Pattern.compile("\\d+\\s+\\d+\\s+\\d+\\s+(RT|MT|RE)");
    private static final Pattern TIME = Pattern.compile("-?\\d{1,18}");
    /** 9999-12-31T23:59:59Z: a later "time" is not seconds but something else. */
    private static final long LAST_SECOND = 253_402_300_799L;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean sniff(List<String> head) {
        return SnapLines.allRecordsMatch(head, RECORD);
    }

    @Override
    public void read(ImportInput input, ImportSink sink) throws IOException {
        lineReader(List.of()).readAll(input, sink);
    }

    @Override
    public LineReader lineReader(List<String> head) {
        return SnapLines.lineReader(SnapEdgeListReader::readLine);
    }

    private static void readLine(long number, String text, ImportSink sink) {
        var fields = SnapLines.fields(text);
        if (fields.length != 4) {
            sink.reject(number, fields.length + " fields; expected 'userA userB unix_ts RT|MT|RE'"
                    + (fields.length == 2 ? " (a follow list is read with --format snap-follows)" : ""), text);
            return;
        }
        var kind = kind(fields[3]);
        if (kind == null) {
            sink.reject(number, "unknown interaction '" + fields[3] + "'; expected RT, MT or RE", text);
            return;
        }
        if (!TIME.matcher(fields[2]).matches()) {
            sink.reject(number, "'" + fields[2] + "' is not a unix time in seconds", text);
            return;
        }
        long seconds = Long.parseLong(fields[2]);
        if (seconds < 0 || seconds > LAST_SECOND) {
            sink.reject(number, "time " + seconds + " is out of range (seconds since 1970, not negative)", text);
            return;
        }
        var source = SnapLines.account(fields[0], "userA", number, text, sink);
        var target = source == null ? null : SnapLines.account(fields[1], "userB", number, text, sink);
        if (target == null) {
            return;
        }
        sink.accept(AccountItem.of(source));
        sink.accept(AccountItem.of(target));
        sink.accept(new InteractionItem(source, target, Instant.ofEpochSecond(seconds), kind));
        sink.recordRead();
    }

    private static Kind kind(String code) {
        return switch (code) {
            case "RT" -> Kind.RETWEET;
            case "MT" -> Kind.MENTION;
            case "RE" -> Kind.REPLY;
            default -> null;
        };
    }
}
