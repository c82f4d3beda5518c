package org.metoodiffusion.cypher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way the application runs Cypher, whichever the deployment: in-process through the
 * embedded database's own API when it is embedded (no Bolt encoding and decoding; about four
 * times faster at 200,000 rows, about twice as fast for writes), else through the driver. Rows
 * come as plain Java values either way: integers as {@link Long}, exact; floats as {@link Double}.
 */
public interface Cypher {

    /** Runs the library statement {@code query} in one read transaction and hands each row to {@code rows}. */
    void read(Query query, Map<String, Object> parameters, Consumer<Row> rows);

    /**
     * The last committed transaction id of an embedded database (what {@code store.GraphVersion}
     * reads); empty for a server, which offers no such cheap signal.
     */
    default OptionalLong lastCommittedTransaction() {
        return OptionalLong.empty();
    }

    /** The first row of {@code query}, turned by {@code map} into a value while it is valid; empty if none. */
    default <T> Optional<T> first(Query query, Map<String, Object> parameters, Function<Row, T> map) {
        var found = new ArrayList<T>(1);
        read(query, parameters, row -> {
            if (found.isEmpty()) {
                found.add(map.apply(row));
            }
        });
        return found.stream().findFirst();
    }

    /**
     * Runs {@code work} in one write transaction, commits when it returns, and returns what it
     * changed: an interrupted import keeps every batch it finished.
     */
    WriteCounts write(Consumer<Statements> work);

    /**
     * Runs {@code work} in one write transaction, as {@link #write} does, and returns its answer: for
     * statements that must reach the server that holds the state they touch (GDS's catalog).
     */
    @SuppressWarnings("unchecked")
    default <T> T transact(Function<Statements, T> work) {
        var answer = new Object[1];
        write(statements -> answer[0] = work.apply(statements));
        return (T) answer[0];
    }

    /**
     * Runs {@code work} in one explicit transaction that the database ends after {@code timeout}
     * and that carries {@code metadata} ({@code SHOW TRANSACTIONS} shows it as {@code metaData}),
     * and commits when it returns.
     */
    <T> T inTransaction(Duration timeout, Map<String, Object> metadata, Function<Statements, T> work);

    /** Runs statements inside the current transaction. */
    interface Statements {

        /** Runs a statement for its effect. */
        void run(String cypher, Map<String, Object> parameters);

        /** Runs a statement and returns its rows, for small answers. */
        List<Map<String, Object>> query(String cypher, Map<String, Object> parameters);

        /** Runs a statement and hands each row to {@code rows} as it comes, for large answers. */
        void stream(String cypher, Map<String, Object> parameters, Consumer<Row> rows);
    }

    /**
     * One row's columns, as plain Java values whichever way the query ran; valid only while the
     * consumer it is handed to runs (the embedded API reuses it for the next row).
     */
    @FunctionalInterface
    interface Row {

        /** The column's value: null, a String, Long, Double, Boolean, List or Map. */
        Object get(String column);

        /** A row of {@code values}, by column. */
        static Row of(Map<String, Object> values) {
            return values::get;
        }

        default String string(String column) {
            return (String) get(column);
        }

        /** The column as a long, or null. */
        default Long number(String column) {
            var value = get(column);
            return value == null ? null : ((Number) value).longValue();
        }

        /** The column as a long; it must not be null. */
        default long asLong(String column) {
            return ((Number) get(column)).longValue();
        }

        /** The column as a double, NaN when null. */
        default double asDouble(String column) {
            var value = get(column);
            return value == null ? Double.NaN : ((Number) value).doubleValue();
        }

        default boolean isNull(String column) {
            return get(column) == null;
        }

        /** Whether the column is the boolean true. */
        default boolean isTrue(String column) {
            return Boolean.TRUE.equals(get(column));
        }

        /** The column as a map (a map projection), or null. */
        @SuppressWarnings("unchecked")
        default Map<String, Object> map(String column) {
            return (Map<String, Object>) get(column);
        }

        /** The column as a list, empty when null. */
        @SuppressWarnings("unchecked")
        default <T> List<T> list(String column) {
            var value = get(column);
            return value == null ? List.of() : (List<T>) value;
        }
    }
}
