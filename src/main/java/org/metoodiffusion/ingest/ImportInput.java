package org.metoodiffusion.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * One input of an import (a file, or stdin as {@code -}), gzip-decompressed transparently (by its
 * magic bytes, not its name). Offers its content either as numbered lines, each checked for valid
 * UTF-8 and a sane length, or as one character stream for formats whose records span lines.
 * Counts the raw bytes consumed, for progress.
 */
public final class ImportInput implements Closeable {

    /** Longest line accepted; a longer one is rejected without being held in memory. */
    public static final int MAX_LINE_BYTES = 8 * 1024 * 1024;
    private static final int HEAD_BYTES = 256 * 1024;
    private static final int HEAD_LINES = 5;
    private static final int HEAD_LINE_CHARS = 64 * 1024;
    private static final int PREVIEW_CHARS = 200;

    private final String name;
    private final long size;
    private final CountingStream counted;
    private final BufferedInputStream content;
    private long linesRead;

    private ImportInput(String name, long size, InputStream raw) throws IOException {
        this.name = name;
        this.size = size;
        this.counted = new CountingStream(raw);
        var buffered = new BufferedInputStream(counted, 1 << 16);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        InputStream decoded = first == 0x1f && second == 0x8b ? new GZIPInputStream(buffered, 1 << 16) : buffered;
        this.content = new BufferedInputStream(decoded, HEAD_BYTES * 2);
    }

    /** Opens {@code -} (stdin) or a file. */
    public static ImportInput open(String name) throws IOException {
        if ("-".equals(name)) {
            return new ImportInput("-", -1, System.in);
        }
        var path = Path.of(name);
        var raw = Files.newInputStream(path);
        try {
            return new ImportInput(name, Files.size(path), raw);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** For tests and generated data: an input over a stream. */
    public static ImportInput of(String name, InputStream stream) throws IOException {
        return new ImportInput(name, -1, stream);
    }

    public String name() {
        return name;
    }

    /** Raw size in bytes, or -1 when unknown (stdin). */
    public long size() {
        return size;
    }

    /** Raw (possibly compressed) bytes consumed so far. */
    public long bytesRead() {
        return counted.count;
    }

    /** Lines handed out so far by {@link #lines()}. */
    public long linesRead() {
        return linesRead;
    }

    /** The first non-blank lines (at most 5, each cut at 64 K chars), without consuming them. */
    public List<String> head() throws IOException {
        content.mark(HEAD_BYTES + 1);
        var bytes = new byte[HEAD_BYTES];
        int length = 0;
        try {
            // Small reads: a failure loses at most the last one.
            for (int n; length < HEAD_BYTES && (n = content.read(bytes, length, Math.min(8192, HEAD_BYTES - length))) > 0; ) {
                length += n;
            }
        } catch (IOException e) {
            // A truncated input: judge its format by what could be read; reading it will report the rest.
        }
        content.reset();
        var text = new String(bytes, 0, length, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        var head = new ArrayList<String>();
        for (String line : text.split("\r?\n", -1)) {
            if (!line.isBlank()) {
                head.add(line.length() > HEAD_LINE_CHARS ? line.substring(0, HEAD_LINE_CHARS) : line);
            }
            if (head.size() == HEAD_LINES) {
                break;
            }
        }
        return head;
    }

    /**
     * The content as lines, numbered from 1 (blank lines included, so numbers match an editor's).
     * A line with invalid UTF-8 or longer than {@link #MAX_LINE_BYTES} comes with a problem and a
     * preview instead of its text. An I/O failure (e.g. a truncated gzip) surfaces as an
     * {@link UncheckedIOException} from the iterator.
     */
    public Iterable<Line> lines() {
        return () -> {
            var raw = new LineIterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return raw.hasNext();
                }

                @Override
                public Line next() {
                    return raw.next().decode();
                }
            };
        };
    }

    /**
     * {@link #lines()} before decoding: the bytes of each line, split here and decoded by
     * {@link RawLine#decode()} on any thread, so that a parallel reader decodes on its workers.
     */
    public Iterable<RawLine> rawLines() {
        return LineIterator::new;
    }

    /** The whole content as characters; invalid UTF-8 becomes U+FFFD (readers reject records holding it). */
    public Reader reader() {
        return new InputStreamReader(content, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        content.close();
    }

    /**
     * One line of input.
     *
     * @param number  1-based line number
     * @param text    the line without its line end, or null when it has a problem
     * @param problem why the line cannot be read, or null
     * @param preview the start of the line, for reports; null when it has no problem
     */
    public record Line(long number, String text, String problem, String preview) {

        public boolean ok() {
            return problem == null;
        }
    }

    /**
     * One line of input as read, not yet decoded.
     *
     * @param number 1-based line number
     * @param bytes  the line without its line end, cut at {@link #MAX_LINE_BYTES}
     * @param length the line's full length in bytes
     */
    public record RawLine(long number, byte[] bytes, long length) {

        /** The line's text, or its problem (too long, invalid UTF-8) with a preview. */
        public Line decode() {
            int end = bytes.length;
            if (end > 0 && bytes[end - 1] == '\r') {
                end--;
            }
            int start = number == 1 && end >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                    && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
            if (length > MAX_LINE_BYTES) {
                return new Line(number, null, "line is " + length + " bytes long, more than the " + MAX_LINE_BYTES
                        + " accepted", preview(start, end));
            }
            // The JDK's lenient decoding is the fast one; a replacement character sends the line to the strict check.
            var text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0 && !validUtf8(start, end)) {
                return new Line(number, null, "invalid UTF-8", preview(start, end));
            }
            return new Line(number, text, null, null);
        }

        private boolean validUtf8(int start, int end) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, end - start));
                return true;
            } catch (CharacterCodingException e) {
                return false;
            }
        }

        private String preview(int start, int end) {
            var text = new String(bytes, start, Math.min(end - start, PREVIEW_CHARS * 4), StandardCharsets.UTF_8);
            return text.length() > PREVIEW_CHARS ? text.substring(0, PREVIEW_CHARS) : text;
        }
    }

    private final class LineIterator implements Iterator<RawLine> {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
        private final byte[] chunk = new byte[1 << 16];
        private int position;
        private int limit;
        private long number;
        private RawLine next;
        private boolean done;

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                next = readLine();
            }
            return next != null;
        }

        @Override
        public RawLine next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            var line = next;
            next = null;
            return line;
        }

        private RawLine readLine() {
            try {
                buffer.reset();
                long length = 0;
                boolean newline = false;
                while (!newline) {
                    if (position == limit && !fill()) {
                        break;
                    }
                    int end = position;
                    while (end < limit && chunk[end] != '\n') {
                        end++;
                    }
                    int keep = (int) Math.max(0, Math.min(end - position, MAX_LINE_BYTES - length));
                    buffer.write(chunk, position, keep);
                    length += end - position;
                    newline = end < limit;
                    position = newline ? end + 1 : end;
                }
                if (!newline && length == 0) {
                    done = true;
                    return null;
                }
                number++;
                linesRead = number;
                return new RawLine(number, buffer.toByteArray(), length);
            } catch (IOException e) {
                done = true;
                throw new UncheckedIOException(e);
            }
        }

        private boolean fill() throws IOException {
            int n = content.read(chunk, 0, chunk.length);
            position = 0;
            limit = Math.max(n, 0);
            return n > 0;
        }
    }

    private static final class CountingStream extends FilterInputStream {

        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
