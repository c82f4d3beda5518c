package org.metoodiffusion.view.render;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Runs a call with standard output discarded for the calling thread only. GraphStream's SVG sink
 * prints one {@code Arrow = ...} line per edge with {@code System.out.println}; swapping
 * {@code System.out} around the call would also swallow what other threads print meanwhile (the
 * console log among them), so a filtering stream is installed once and drops the writes of the
 * threads inside {@link #run}.
 */
final class QuietStandardOutput {

    private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> Boolean.FALSE);
    private static final Object LOCK = new Object();
    private static volatile PrintStream installed;

    private QuietStandardOutput() {
    }

    interface Call<T, E extends Exception> {
        T run() throws E;
    }

    static <T, E extends Exception> T run(Call<T, E> call) throws E {
        install();
        boolean outer = QUIET.get();
        QUIET.set(Boolean.TRUE);
        try {
            return call.run();
        } finally {
            QUIET.set(outer);
        }
    }

    private static void install() {
        synchronized (LOCK) {
            if (installed == null || System.out != installed) {
                installed = new PrintStream(new ThreadFilter(System.out), true);
                System.setOut(installed);
            }
        }
    }

    private static final class ThreadFilter extends OutputStream {

        private final PrintStream target;

        ThreadFilter(PrintStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            if (!QUIET.get()) {
                target.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (!QUIET.get()) {
                target.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() {
            target.flush();
        }
    }
}
