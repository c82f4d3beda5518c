package org.metoodiffusion.ingest.format;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.metoodiffusion.ingest.AccountItem;
import org.metoodiffusion.ingest.AccountRef;
import org.metoodiffusion.ingest.FollowItem;
import org.metoodiffusion.ingest.ImportSink;
import org.metoodiffusion.ingest.InteractionItem;
import org.metoodiffusion.ingest.PostItem;

/**
 * {@code edges.csv}: source,target,type,time. A post-to-post or post-to-account edge becomes a
 * post item for its source post that carries just that reference (the graph merges it with what
 * posts.csv says about the post); account-to-account edges become follows or account-level
 * interactions. Since the edge is the whole record, an id that cannot be trusted rejects it.
 */
final class TrioEdges implements CsvTrioReader.TrioFile {

    private enum Type {
        REPLY_TO, QUOTES, RETWEET_OF, MENTIONS, FOLLOWS, RETWEETED, MENTIONED, REPLIED
    }

    /** Why the row cannot load. */
    private static final class Rejected extends RuntimeException {

        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    @Override
    public void readRow(CsvHeader header, CsvRecords.Record record, ImportSink sink) {
        var row = record.fields();
        try {
            var type = type(header.get(row, "type"));
            var source = header.get(row, "source");
            var target = header.get(row, "target");
            var time = time(header.get(row, "time"));
            switch (type) {
                case REPLY_TO, QUOTES, RETWEET_OF, MENTIONS -> sink.accept(postEdge(type, source, target, time));
                case FOLLOWS -> {
                    var follower = account(source, "source");
                    var followee = account(target, "target");
                    accounts(sink, follower, followee);
                    sink.accept(new FollowItem(follower, followee));
                }
                default -> {
                    var from = account(source, "source");
                    var to = account(target, "target");
                    if (time == null) {
                        throw new Rejected("an account-level interaction needs a time");
                    }
                    accounts(sink, from, to);
                    sink.accept(new InteractionItem(from, to, time, kind(type)));
                }
            }
            sink.recordRead();
        } catch (Rejected e) {
            sink.reject(record.line(), e.getMessage(), record.raw());
        }
    }

    private static PostItem postEdge(Type type, String source, String target, Instant time) {
        var id = post(source, "source");
        var createdAt = Trio.createdAt(id, time);
        if (createdAt == null) {
            throw new Rejected(Values.preSnowflake(id) + " (give it in the time column)");
        }
        var mention = type == Type.MENTIONS ? List.of(account(target, "target")) : List.<AccountRef>of();
        var post = type == Type.MENTIONS ? null : post(target, "target");
        return new PostItem(id, null, createdAt, time == null, null, null, null,
                type == Type.REPLY_TO ? post : null, null, type == Type.QUOTES ? post : null,
                type == Type.RETWEET_OF ? post : null, List.of(), mention, Trio.SOURCE, true, null);
    }

    private static void accounts(ImportSink sink, AccountRef one, AccountRef other) {
        sink.accept(AccountItem.of(one));
        sink.accept(AccountItem.of(other));
    }

    private static Type type(String value) {
        try {
            return Type.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Rejected("type: '" + value + "' is not one of " + List.of(Type.values()));
        }
    }

    private static Instant time(String value) {
        var time = Trio.time(value);
        if (time.bad()) {
            throw new Rejected("time: " + time.problem());
        }
        return time.value();
    }

    private static String post(String value, String column) {
        var id = Values.postId(value);
        if (id.value() == null) {
            throw new Rejected(column + ": " + (id.bad() ? id.problem() : "no post id"));
        }
        return id.value();
    }

    private static AccountRef account(String value, String column) {
        var account = Values.idOrHandle(value);
        if (account.value() == null) {
            throw new Rejected(column + ": " + (account.bad() ? account.problem() : "no account id or @handle"));
        }
        return account.value();
    }

    private static InteractionItem.Kind kind(Type type) {
        return switch (type) {
            case RETWEETED -> InteractionItem.Kind.RETWEET;
            case MENTIONED -> InteractionItem.Kind.MENTION;
            default -> InteractionItem.Kind.REPLY;
        };
    }
}
