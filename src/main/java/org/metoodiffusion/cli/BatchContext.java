package org.metoodiffusion.cli;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application a batch command works on, started once picocli has parsed the command's options
 * (they say which database to open, so it cannot exist before). The one place commands obtain
 * the services they call.
 */
final class BatchContext implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private BatchContext(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** The quiet, web-less application on the database {@code database} names, with {@code extra} Spring arguments. */
    static BatchContext open(DatabaseOptions database, List<String> extra) {
        var arguments = new ArrayList<String>();
        database.addTo(arguments);
        arguments.addAll(extra);
        return new BatchContext(SpringArguments.batchContext(arguments));
    }

    static BatchContext open(DatabaseOptions database) {
        return open(database, List.of());
    }

    <T> T service(Class<T> type) {
        return context.getBean(type);
    }

    /** {@code answer} as the REST API writes it, indented. */
    String json(Object answer) throws JsonProcessingException {
        return context.getBean(ObjectMapper.class).writerWithDefaultPrettyPrinter().writeValueAsString(answer);
    }

    @Override
    public void close() {
        context.close();
    }
}
