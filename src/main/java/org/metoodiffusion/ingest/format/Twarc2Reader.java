package org.metoodiffusion.ingest.format;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.metoodiffusion.ingest.ImportInput;
import org.metoodiffusion.ingest.ImportSink;

/**
 * Reads Twitter API v2 JSONL as twarc2 writes it: one API response page per line ({@code data},
 * {@code includes}, {@code meta}, {@code __twarc}), or {@code twarc2 flatten} output (one tweet per
 * line with its author and referenced tweets inlined). One record is one tweet. See
 * {@code importer/formats/twarc2.md}.
 */
public final class Twarc2Reader implements FormatReader {

    /** twarc2 writes {@code data} first; a page line cut at 64 K still starts this way. */
    private static final Pattern PAGE_START = Pattern.compile("^\\{\\s*\"data\"\\s*:");

    @Override
    public String name() {
        return V2Tweets.SOURCE;
    }

    @Override
    public boolean sniff(List<String> head) {
        try {
            if (head.isEmpty()) {
                return false;
            }
            var first = head.get(0).strip();
            JsonNode node = null;
            try {
                node = TweetJson.MAPPER.readTree(first);
            } catch (JsonProcessingException e) {
                // cut at 64 K, or not JSON: judge by the text below
            }
            if (node != null) {
                return node.isObject() && (isPage(node) || isFlattened(node));
            }
            return PAGE_START.matcher(first).find()
                    || first.startsWith("{") && first.contains("\"author_id\"") && !first.contains("\"id_str\"");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isPage(JsonNode node) {
        return node.has("data") && (node.has("includes") || node.has("meta") || node.has("__twarc"));
    }

    private static boolean isFlattened(JsonNode node) {
        return node.has("author_id") && node.has("id") && !node.has("id_str");
    }

    @Override
    public void read(ImportInput input, ImportSink sink) throws IOException {
        lineReader(List.of()).readAll(input, sink);
    }

    @Override
    public LineReader lineReader(List<String> head) {
        return TweetJson.lineReader(this::line);
    }

    private void line(JsonNode node, long line, String raw, ImportSink sink) {
        if (node.isObject() && node.has("data")) {
            page(node, line, sink);
        } else if (node.isObject() && node.has("meta") && !node.has("errors") && !V2Tweets.isTweet(node)) {
            return; // an empty result page (meta.result_count 0): no records, nothing wrong
        } else {
            tweet(node, V2Tweets.Lookup.ofFlattened(node), line, () -> raw, sink);
        }
    }

    /**
     * Each tweet in {@code data} is a record; a page's {@code errors} (e.g. deleted referenced tweets)
     * are not. A tweet's own JSON text is written out only for a report: most are never reported.
     */
    private void page(JsonNode page, long line, ImportSink sink) {
        var lookup = V2Tweets.Lookup.ofPage(page);
        var data = page.get("data");
        if (data.isArray()) {
            data.forEach(tweet -> tweet(tweet, lookup, line, tweet::toString, sink));
        } else {
            tweet(data, lookup, line, data::toString, sink);
        }
    }

    private void tweet(JsonNode node, V2Tweets.Lookup lookup, long line, Supplier<String> raw, ImportSink sink) {
        var notATweet = V2Tweets.notATweet(node);
        if (notATweet != null) {
            sink.reject(line, notATweet, raw.get());
            return;
        }
        var items = new RecordItems();
        try {
            V2Tweets.map(node, lookup, items);
        } catch (BadRecord e) {
            sink.reject(line, e.getMessage(), raw.get());
            return;
        }
        items.deliver(sink, line, raw);
    }
}
