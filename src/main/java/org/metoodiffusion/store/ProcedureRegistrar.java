package org.metoodiffusion.store;


import java.util.List;

import org.neo4j.internal.kernel.api.exceptions.ProcedureException;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.procedure.impl.GlobalProceduresRegistry;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers every GDS and APOC procedure and function class ({@link ProcedureClasses}) with an
 * embedded DBMS, as a server does with the jars of its plugins folder.
 */
final class ProcedureRegistrar {

    private static final Logger LOG = LoggerFactory.getLogger(ProcedureRegistrar.class);

    private final GlobalProcedures procedures;

    ProcedureRegistrar(GraphDatabaseAPI database) {
        this.procedures = database.getDependencyResolver().resolveDependency(GlobalProcedures.class);
    }

    /**
     * Registers every procedure, function and aggregation class in one bulk registration when the
     * DBMS offers it: each single registration copies the whole registry to publish a new view,
     * so a thousand of them cost a thousand copies; the bulk one publishes once, at its end.
     */
    int registerAllAtOnce() {
        if (procedures instanceof GlobalProceduresRegistry registry) {
            try (var bulk = registry.bulk()) {
                return new ProcedureRegistrar(bulk).registerAll();
            }
        }
        return registerAll();
    }

    private ProcedureRegistrar(GlobalProcedures procedures) {
        this.procedures = procedures;
    }

    /** Registers every procedure, function and aggregation class; returns how many classes it registered. */
    int registerAll() {
        long started = System.nanoTime();
        var classes = ProcedureClasses.find();
        int count = register(classes.procedures(), procedures::registerProcedure)
                + register(classes.functions(), procedures::registerFunction)
                + register(classes.aggregations(), procedures::registerAggregationFunction);
        LOG.info("Registered {} GDS and APOC procedure/function classes in {} ms", count,
                (System.nanoTime() - started) / 1_000_000);
        return count;
    }

    private int register(List<String> classes, Registration registration) {
        int registered = 0;
        var loader = ProcedureRegistrar.class.getClassLoader();
        for (String name : classes) {
            try {
                registration.register(Class.forName(name, false, loader));
                registered++;
            } catch (ProcedureException | ClassNotFoundException | LinkageError e) {
                // A few classes need optional dependencies (e.g. APOC's cloud readers): skip them.
                LOG.debug("Skipped {}: {}", name, e.getMessage());
            }
        }
        return registered;
    }

    @FunctionalInterface
    private interface Registration {
        void register(Class<?> type) throws ProcedureException;
    }
}
