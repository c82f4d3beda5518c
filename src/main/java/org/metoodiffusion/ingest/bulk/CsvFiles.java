package org.metoodiffusion.ingest.bulk;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

import org.metoodiffusion.schema.SchemaMigrations;

/** The CSV files of one bulk import and the offline importer arguments that load them. */
final class CsvFiles implements Closeable {

    /** Accounts as referred to, before those with a profile are taken out (see {@link #keepReferences}). */
    final CsvFile allAccountReferences;
    private final Path accountReferences;
    final CsvFile accounts;
    /**
     * Posts whose first description was collected; the second column is {@code collected}, so that
     * {@link #markCollected} can flip it without parsing the rest of a row.
     */
    final CsvFile posts;
    /** Posts first described as someone's referenced tweet: collected (second column) until a record of their own arrives. */
    final CsvFile referencedPosts;
    final CsvFile placeholders;
    final CsvFile hashtags;
    final CsvFile posted;
    final CsvFile replies;
    final CsvFile quotes;
    final CsvFile retweets;
    final CsvFile edits;
    final CsvFile mentions;
    final CsvFile tags;
    final CsvFile follows;
    final CsvFile interactions;
    final CsvFile amplified;
    /** The AMPLIFIED relationships' marker node (see {@code amplified/mark.cypher}), with every property it takes. */
    final CsvFile materialised;
    /** The schema files recorded as applied from the start (see {@link SchemaMigrations#dataOnly}). */
    final CsvFile migrations;

    /**
     * Every node file starts with the node id ({@link NodeIds}), a column without a name, so not a
     * property: the graph's keys are columns of their own (strings, as the transactional import writes them).
     */
    private static final String POST_HEADER = ":ID(Post),collected:boolean,id,createdAt:datetime,timeFromId:boolean,"
            + "observed:boolean,platform,text,lang,conversationId";

    CsvFiles(Path directory) {
        allAccountReferences = new CsvFile(directory.resolve("account-references-all.csv"),
                ":ID(Account),id,username,handle,provisional:boolean");
        accountReferences = directory.resolve("account-references.csv");
        accounts = new CsvFile(directory.resolve("accounts.csv"), ":ID(Account),id,username,handle,name,"
                + "followers:long,following:long,createdAt:datetime,verified:boolean,provisional:boolean");
        posts = new CsvFile(directory.resolve("posts.csv"), POST_HEADER);
        referencedPosts = new CsvFile(directory.resolve("posts-referenced.csv"), POST_HEADER);
        placeholders = new CsvFile(directory.resolve("placeholders.csv"),
                ":ID(Post),id,createdAt:datetime,timeFromId:boolean,observed:boolean,collected:boolean");
        hashtags = new CsvFile(directory.resolve("hashtags.csv"), ":ID(Hashtag),tag");
        posted = new CsvFile(directory.resolve("posted.csv"), ":START_ID(Account),:END_ID(Post)");
        replies = new CsvFile(directory.resolve("replies.csv"), ":START_ID(Post),:END_ID(Post)");
        quotes = new CsvFile(directory.resolve("quotes.csv"), ":START_ID(Post),:END_ID(Post)");
        retweets = new CsvFile(directory.resolve("retweets.csv"), ":START_ID(Post),:END_ID(Post)");
        edits = new CsvFile(directory.resolve("edits.csv"), ":START_ID(Post),:END_ID(Post)");
        mentions = new CsvFile(directory.resolve("mentions.csv"), ":START_ID(Post),:END_ID(Account)");
        tags = new CsvFile(directory.resolve("tags.csv"), ":START_ID(Post),:END_ID(Hashtag)");
        follows = new CsvFile(directory.resolve("follows.csv"), ":START_ID(Account),:END_ID(Account)");
        interactions = new CsvFile(directory.resolve("interactions.csv"),
                ":START_ID(Account),:END_ID(Account),kind,at:datetime");
        amplified = new CsvFile(directory.resolve("amplified.csv"), AmplifiedPairs.HEADER);
        materialised = new CsvFile(directory.resolve("materialised-graphs.csv"), ":ID(MaterialisedGraph),name,"
                + "version:long,dataVersion:long,relationships:long,builtMillis:long,builtAt:datetime,everyAccount:boolean");
        migrations = new CsvFile(directory.resolve("schema-migrations.csv"),
                ":ID(SchemaMigration),version:long,description,checksum,file,appliedAt:datetime");
    }

    /** {@code --nodes} and {@code --relationships} arguments for the offline importer. */
    List<String> importerArguments() {
        var arguments = new ArrayList<String>();
        arguments.add("--nodes=Account=" + accountReferences);
        arguments.add("--nodes=Account=" + accounts.path());
        arguments.add("--nodes=Post=" + posts.path());
        arguments.add("--nodes=Post=" + referencedPosts.path());
        arguments.add("--nodes=Post=" + placeholders.path());
        arguments.add("--nodes=Hashtag=" + hashtags.path());
        arguments.add("--nodes=MaterialisedGraph=" + materialised.path());
        arguments.add("--nodes=SchemaMigration=" + migrations.path());
        arguments.add("--relationships=POSTED=" + posted.path());
        arguments.add("--relationships=REPLY_TO=" + replies.path());
        arguments.add("--relationships=QUOTES=" + quotes.path());
        arguments.add("--relationships=RETWEET_OF=" + retweets.path());
        arguments.add("--relationships=EDIT_OF=" + edits.path());
        arguments.add("--relationships=MENTIONS=" + mentions.path());
        arguments.add("--relationships=TAGS=" + tags.path());
        arguments.add("--relationships=FOLLOWS=" + follows.path());
        arguments.add("--relationships=INTERACTED=" + interactions.path());
        arguments.add("--relationships=AMPLIFIED=" + amplified.path());
        // Multi-line fields make the importer read every file on one thread: allowed only when needed.
        boolean multiline = all().stream().anyMatch(CsvFile::multiline);
        arguments.add("--multiline-fields=" + multiline);
        return arguments;
    }

    /**
     * The options of {@code neo4j-admin database import full} for these files, as printed for a user's
     * server: the files, integer ids (the node ids of {@link NodeIds}, unique across the files, are
     * valid integer ids in each label's group, and any store format takes those, where not every one
     * takes {@code actual}), no array columns (so no array delimiter), and no bad entry tolerated, as
     * every node and edge is written once.
     */
    List<String> adminArguments() {
        var arguments = new ArrayList<>(importerArguments());
        arguments.add("--id-type=integer");
        arguments.add("--bad-tolerance=0");
        return arguments;
    }

    /**
     * Writes the account references whose account has no profile row, so each account is one row:
     * the offline importer would keep an arbitrary one of two rows with the same id.
     */
    void keepReferences(LongPredicate profiled) throws IOException {
        allAccountReferences.close();
        try (var in = Files.newBufferedReader(allAccountReferences.path(), StandardCharsets.UTF_8);
                var out = Files.newBufferedWriter(accountReferences, StandardCharsets.UTF_8)) {
            out.write(in.readLine());
            out.write('\n');
            for (String line; (line = in.readLine()) != null; ) {
                // The first column is the node id.
                if (!profiled.test(Long.parseLong(line, 0, line.indexOf(','), 10))) {
                    out.write(line);
                    out.write('\n');
                }
            }
        }
        Files.delete(allAccountReferences.path());
    }

    /**
     * Once collected, always collected: rewrites the rows of {@link #referencedPosts} whose post was
     * later collected ({@code collected} holds its node id) with {@code collected} true. A row ends at a
     * line break outside quotes; {@link CsvFile} doubles quotes inside fields, so counting them tells.
     */
    void markCollected(LongPredicate collected) throws IOException {
        referencedPosts.close();
        var rewritten = referencedPosts.path().resolveSibling("posts-referenced.rewritten.csv");
        try (var in = Files.newBufferedReader(referencedPosts.path(), StandardCharsets.UTF_8);
                var out = Files.newBufferedWriter(rewritten, StandardCharsets.UTF_8)) {
            out.write(in.readLine());
            out.write('\n');
            boolean rowStart = true;
            long quotes = 0;
            for (String line; (line = in.readLine()) != null; ) {
                if (rowStart) {
                    int comma = line.indexOf(',');
                    if (collected.test(Long.parseLong(line, 0, comma, 10))) {
                        line = line.substring(0, comma) + ",true" + line.substring(line.indexOf(',', comma + 1));
                    }
                }
                quotes += line.chars().filter(c -> c == '"').count();
                rowStart = quotes % 2 == 0;
                out.write(line);
                out.write('\n');
            }
        }
        Files.move(rewritten, referencedPosts.path(), StandardCopyOption.REPLACE_EXISTING);
    }

    private List<CsvFile> all() {
        return List.of(allAccountReferences, accounts, posts, referencedPosts, placeholders, hashtags, posted, replies,
                quotes, retweets, edits, mentions, tags, follows, interactions, amplified, materialised,
                migrations);
    }

    @Override
    public void close() throws IOException {
        for (var file : all()) {
            file.close();
        }
    }
}
