package org.metoodiffusion.store;


import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import org.neo4j.internal.kernel.api.exceptions.ProcedureException;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers every procedure and function class found on the classpath under the given packages
 * (GDS and APOC) with an embedded DBMS, as a server does with the jars of its plugins folder.
 */
final class ProcedureRegistrar {

    private static final Logger LOG = LoggerFactory.getLogger(ProcedureRegistrar.class);
    private static final String PROCEDURE = "org.neo4j.procedure.Procedure";
    private static final String FUNCTION = "org.neo4j.procedure.UserFunction";
    private static final String AGGREGATION = "org.neo4j.procedure.UserAggregationFunction";

    private final GlobalProcedures procedures;

    ProcedureRegistrar(GraphDatabaseAPI database) {
        this.procedures = database.getDependencyResolver().resolveDependency(GlobalProcedures.class);
    }

    /** Registers every procedure, function and aggregation class; returns how many classes it registered. */
    int registerAll(String... packages) {
        long started = System.nanoTime();
        try (var scan = new ClassGraph().enableMethodInfo().enableAnnotationInfo()
                .acceptPackages(packages).scan()) {
            int count = register(scan.getClassesWithMethodAnnotation(PROCEDURE), procedures::registerProcedure)
                    + register(scan.getClassesWithMethodAnnotation(FUNCTION), procedures::registerFunction)
                    + register(scan.getClassesWithMethodAnnotation(AGGREGATION), procedures::registerAggregationFunction);
            LOG.info("Registered {} procedure/function classes from {} in {} ms", count, String.join(", ", packages),
                    (System.nanoTime() - started) / 1_000_000);
            return count;
        }
    }

    private int register(Iterable<ClassInfo> classes, Registration registration) {
        int registered = 0;
        for (ClassInfo info : classes) {
            if (info.isAbstract() || info.isInterface()) {
                continue;
            }
            try {
                registration.register(info.loadClass());
                registered++;
            } catch (ProcedureException | LinkageError e) {
                // A few classes need optional dependencies (e.g. APOC's cloud readers): skip them.
                LOG.debug("Skipped {}: {}", info.getName(), e.getMessage());
            }
        }
        return registered;
    }

    @FunctionalInterface
    private interface Registration {
        void register(Class<?> type) throws ProcedureException;
    }
}
