package org.metoodiffusion.ingest.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.metoodiffusion.ingest.AccountItem;
import org.metoodiffusion.ingest.ImportInput;
import org.metoodiffusion.ingest.PostItem;
import org.metoodiffusion.ingest.RecordingSink;

/** Reading fixtures under {@code src/test/resources/ingest/} and picking items out of a sink. */
final class Fixtures {

    private Fixtures() {
    }

    static RecordingSink read(FormatReader reader, String resource) {
        try (InputStream stream = Fixtures.class.getResourceAsStream("/ingest/" + resource)) {
            if (stream == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return read(reader, stream.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RecordingSink read(FormatReader reader, byte[] bytes) {
        var sink = new RecordingSink();
        try (var input = ImportInput.of("test", new ByteArrayInputStream(bytes))) {
            reader.read(input, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    static RecordingSink readText(FormatReader reader, String text) {
        return read(reader, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] bytes(String resource) {
        try (InputStream stream = Fixtures.class.getResourceAsStream("/ingest/" + resource)) {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> head(String resource) {
        try (var input = ImportInput.of(resource, new ByteArrayInputStream(bytes(resource)))) {
            return input.head();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Posts by id, in delivery order; a post delivered twice (embedded, then as a record) keeps the last. */
    static Map<String, PostItem> posts(RecordingSink sink) {
        var posts = new LinkedHashMap<String, PostItem>();
        sink.items.stream().filter(PostItem.class::isInstance).map(PostItem.class::cast)
                .forEach(post -> posts.put(post.id(), post));
        return posts;
    }

    static List<AccountItem> accounts(RecordingSink sink) {
        var accounts = new ArrayList<AccountItem>();
        sink.items.stream().filter(AccountItem.class::isInstance).map(AccountItem.class::cast)
                .filter(account -> !accounts.contains(account)).forEach(accounts::add);
        return accounts;
    }
}
