package org.metoodiffusion.ingest.format;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import org.metoodiffusion.ingest.ImportInput;
import org.metoodiffusion.ingest.ImportSink;

/**
 * Reads Twitter API v1.1 JSON: JSONL (one tweet or one search response per line), a JSON array of
 * tweets, or pretty-printed documents (tweets or {@code {"statuses": [...]}} search responses). One
 * record is one tweet, so a search response of three statuses gives three records. See
 * {@code importer/formats/twitter-v1.md}.
 */
public final class TwitterV1Reader implements FormatReader {

    @Override
    public String name() {
        return V1Tweets.SOURCE;
    }

    @Override
    public boolean sniff(List<String> head) {
        try {
            if (head.isEmpty()) {
                return false;
            }
            var first = head.get(0).strip();
            var document = parsesAlone(first);
            if (document != null) {
                return document.isArray() ? document.size() > 0 && looksV1(document.get(0)) : looksV1(document);
            }
            // Pretty-printed, or a line cut at 64 K: judge by the keys in view.
            var joined = String.join("\n", head);
            return (first.startsWith("{") || first.startsWith("["))
                    && (joined.contains("\"id_str\"") || joined.contains("\"statuses\""))
                    && !joined.contains("\"author_id\"") && !joined.contains("\"__twarc\"");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean looksV1(JsonNode node) {
        var statuses = node.get("statuses");
        if (statuses != null && statuses.isArray()) {
            return true;
        }
        return node.has("id_str") && (node.has("user") || V1Tweets.isTweet(node)) && !node.has("author_id");
    }

    @Override
    public void read(ImportInput input, ImportSink sink) throws IOException {
        var lines = lineReader(input.head());
        if (lines != null) {
            lines.readAll(input, sink);
        } else {
            readStream(input, sink);
        }
    }

    @Override
    public LineReader lineReader(List<String> head) {
        return lineByLine(head)
                ? TweetJson.lineReader((document, number, text, sink) -> document(document, number, text, false, sink))
                : null;
    }

    /**
     * JSONL when the first line is one complete JSON object; a document (array, pretty-printed) when
     * it opens an array or leaves a value open. A broken first line followed by unindented lines is
     * still JSONL, so one bad line does not cost the whole file.
     */
    static boolean lineByLine(List<String> head) {
        if (head.isEmpty()) {
            return true;
        }
        var first = head.get(0).strip();
        if (first.startsWith("[")) {
            return false;
        }
        if (parsesAlone(first) != null) {
            return true;
        }
        if (first.equals("{")) {
            return false;
        }
        return head.size() < 2 || !Character.isWhitespace(head.get(1).charAt(0)) && head.get(1).charAt(0) != '"'
                && head.get(1).charAt(0) != '}';
    }

    private static JsonNode parsesAlone(String text) {
        try {
            return TweetJson.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }


    /**
     * Streams root values (and the elements of root arrays) one at a time, so a large array never sits
     * in memory. Broken JSON inside a document cannot be resynchronised: it is rejected once, and the
     * rest of the input is not read.
     */
    private void readStream(ImportInput input, ImportSink sink) throws IOException {
        try (JsonParser parser = TweetJson.MAPPER.createParser(withoutBom(input.reader()))) {
            try {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (token == JsonToken.START_ARRAY) {
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            streamed(parser, sink);
                        }
                    } else {
                        streamed(parser, sink);
                    }
                }
            } catch (JsonProcessingException e) {
                var line = e.getLocation() != null ? e.getLocation().getLineNr() : 0;
                sink.reject(line, "malformed JSON: " + TweetJson.shortMessage(e)
                        + "; the rest of this document is not read", "");
            }
        }
    }

    private void streamed(JsonParser parser, ImportSink sink) throws IOException {
        long line = parser.currentTokenLocation().getLineNr();
        JsonNode node = TweetJson.STREAM_READER.readTree(parser);
        var raw = node.toString();
        try {
            document(node, line, raw, true, sink);
        } catch (BadRecord e) {
            sink.reject(line, e.getMessage(), raw);
        }
    }

    /** A tweet, a search response (each status a record), an array of either, or something else (rejected). */
    private void document(JsonNode node, long line, String raw, boolean decodedLeniently, ImportSink sink) {
        var statuses = node.get("statuses");
        if (node.isObject() && statuses != null && statuses.isArray()) {
            statuses.forEach(status -> tweet(status, line, status.toString(), decodedLeniently, sink));
        } else if (node.isArray()) {
            node.forEach(element -> document(element, line, element.toString(), decodedLeniently, sink));
        } else {
            tweet(node, line, raw, decodedLeniently, sink);
        }
    }

    private void tweet(JsonNode node, long line, String raw, boolean decodedLeniently, ImportSink sink) {
        var notATweet = V1Tweets.notATweet(node);
        if (notATweet != null) {
            sink.reject(line, notATweet, raw);
            return;
        }
        // reader() turns invalid UTF-8 into U+FFFD; lines() already rejected such lines itself.
        if (decodedLeniently && raw.indexOf('\uFFFD') >= 0) {
            sink.reject(line, "invalid UTF-8", raw);
            return;
        }
        var items = new RecordItems();
        try {
            V1Tweets.map(node, items);
        } catch (BadRecord e) {
            sink.reject(line, e.getMessage(), raw);
            return;
        }
        items.deliver(sink, line, raw);
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        var pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first >= 0 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
