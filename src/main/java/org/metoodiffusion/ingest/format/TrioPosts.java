package org.metoodiffusion.ingest.format;

import org.metoodiffusion.ingest.AccountItem;
import org.metoodiffusion.ingest.AccountRef;
import org.metoodiffusion.ingest.ImportSink;
import org.metoodiffusion.ingest.PostItem;

/**
 * {@code posts.csv}: post_id,author_id,author_username,created_at,text,lang,reply_to_post_id,
 * quoted_post_id,retweeted_post_id,hashtags,mentions.
 */
final class TrioPosts implements CsvTrioReader.TrioFile {

    @Override
    public void readRow(CsvHeader header, CsvRecords.Record record, ImportSink sink) {
        var row = record.fields();
        var id = Values.postId(header.get(row, "post_id"));
        if (id.value() == null) {
            sink.reject(record.line(), id.bad() ? "post_id: " + id.problem() : "no post_id", record.raw());
            return;
        }
        var flags = new RecordFlags();
        var stated = flags.take(Values.isoTime(header.get(row, "created_at")), "created_at");
        var createdAt = Trio.createdAt(id.value(), stated);
        if (createdAt == null) {
            sink.reject(record.line(), Values.preSnowflake(id.value()), record.raw());
            return;
        }
        var authorId = flags.take(Values.accountId(header.get(row, "author_id")), "author_id");
        var username = Trio.text(header.get(row, "author_username"));
        var author = authorId == null && username == null ? null : new AccountRef(authorId, username);
        if (author != null) {
            sink.accept(AccountItem.of(author));
        }
        sink.accept(new PostItem(id.value(), author, createdAt, stated == null, Trio.text(header.get(row, "text")),
                Trio.text(header.get(row, "lang")), null,
                flags.take(Values.postId(header.get(row, "reply_to_post_id")), "reply_to_post_id"), null,
                flags.take(Values.postId(header.get(row, "quoted_post_id")), "quoted_post_id"),
                flags.take(Values.postId(header.get(row, "retweeted_post_id")), "retweeted_post_id"),
                Trio.hashtags(header.get(row, "hashtags")), Trio.mentions(header.get(row, "mentions"), flags),
                Trio.SOURCE, true, null));
        flags.sendTo(sink, record.line(), record.raw());
        sink.recordRead();
    }
}
