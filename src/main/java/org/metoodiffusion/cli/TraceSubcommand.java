package org.metoodiffusion.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Mixin;

/**
 * A trace subcommand: it asks one tracing service one question and prints the answer as a table,
 * or with {@code --json} as the REST API answers it.
 *
 * @param <S> the service asked
 * @param <T> its answer
 */
abstract class TraceSubcommand<S, T> implements Callable<Integer> {

    @Mixin
    TraceOptions options = new TraceOptions();

    private final Class<S> service;

    TraceSubcommand(Class<S> service) {
        this.service = service;
    }

    abstract T answer(S service);

    abstract String table(T answer);

    @Override
    public final Integer call() throws Exception {
        try (var batch = BatchContext.open(options.database)) {
            T answer = answer(batch.service(service));
            System.out.println(options.json ? batch.json(answer) : table(answer));
            return 0;
        }
    }
}
