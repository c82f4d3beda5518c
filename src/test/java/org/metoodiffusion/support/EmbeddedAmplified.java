package org.metoodiffusion.support;

import java.lang.reflect.Constructor;

import org.metoodiffusion.amplified.AmplifiedGraph;
import org.metoodiffusion.cypher.QueryLibrary;
import org.metoodiffusion.store.EmbeddedNeo4j;
import org.metoodiffusion.store.EmbeddedCypher;
import org.metoodiffusion.store.GraphVersion;
import org.metoodiffusion.store.WriteGate;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The application's {@link AmplifiedGraph} (the server's build and freshness check) over an
 * embedded database opened by a test without Spring: the components wired as Spring wires them
 * (their constructors are package-private, hence reflection). No automatic refresh, no events.
 */
public final class EmbeddedAmplified {

    private EmbeddedAmplified() {
    }

    public static AmplifiedGraph of(EmbeddedNeo4j neo4j) {
        return of(neo4j, version(neo4j));
    }

    /** The graph version a server starting on {@code neo4j} would have, its AmplifiedGraph wired to it. */
    public static GraphVersion startedVersion(EmbeddedNeo4j neo4j) {
        var version = version(neo4j);
        of(neo4j, version);
        return version;
    }

    private static GraphVersion version(EmbeddedNeo4j neo4j) {
        var beans = new StaticListableBeanFactory();
        beans.addBean("neo4j", neo4j);
        return construct(GraphVersion.class, beans.getBeanProvider(EmbeddedNeo4j.class));
    }

    private static AmplifiedGraph of(EmbeddedNeo4j neo4j, GraphVersion version) {
        var queries = new QueryLibrary();
        return construct(AmplifiedGraph.class, version, new EmbeddedCypher(neo4j.database(), queries), new WriteGate(),
                queries, (ApplicationEventPublisher) event -> { }, false, 10_000);
    }

    @SuppressWarnings("unchecked")
    private static <T> T construct(Class<T> type, Object... arguments) {
        try {
            var constructor = (Constructor<T>) type.getDeclaredConstructors()[0];
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + type.getSimpleName(), e);
        }
    }
}
