package org.metoodiffusion.ingest.format;

import org.metoodiffusion.ingest.AccountItem;
import org.metoodiffusion.ingest.AccountRef;
import org.metoodiffusion.ingest.ImportSink;

/** {@code accounts.csv}: account_id,username,name,followers,following,created_at,verified. */
final class TrioAccounts implements CsvTrioReader.TrioFile {

    @Override
    public void readRow(CsvHeader header, CsvRecords.Record record, ImportSink sink) {
        var row = record.fields();
        var flags = new RecordFlags();
        var id = Values.accountId(header.get(row, "account_id"));
        var username = Trio.text(header.get(row, "username"));
        if (id.value() == null && username == null) {
            sink.reject(record.line(), id.bad() ? "account_id: " + id.problem() : "neither account_id nor username",
                    record.raw());
            return;
        }
        flags.take(id, "account_id");
        sink.accept(new AccountItem(new AccountRef(id.value(), username), Trio.text(header.get(row, "name")),
                flags.take(Values.count(header.get(row, "followers")), "followers"),
                flags.take(Values.count(header.get(row, "following")), "following"),
                flags.take(Values.isoTime(header.get(row, "created_at")), "created_at"),
                flags.take(Values.bool(header.get(row, "verified")), "verified")));
        flags.sendTo(sink, record.line(), record.raw());
        sink.recordRead();
    }
}
