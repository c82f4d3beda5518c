package org.metoodiffusion.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ClassInfoList;

/**
 * The GDS and APOC classes that declare procedures, functions and aggregation functions. The build
 * lists them once ({@code process-classes} runs {@link #main}) in {@value #RESOURCE}, because
 * finding them by a classpath scan costs every start 1-2 s of CPU (some 400 jars opened and
 * thousands of classes parsed) on the way to a healthy server. Without the list (a run from an IDE
 * that skipped the build step) the scan finds them.
 *
 * @param procedures   classes with {@code @Procedure} methods
 * @param functions    classes with {@code @UserFunction} methods
 * @param aggregations classes with {@code @UserAggregationFunction} methods
 */
record ProcedureClasses(List<String> procedures, List<String> functions, List<String> aggregations) {

    static final String RESOURCE = "META-INF/metoo/procedure-classes.txt";
    private static final String[] PACKAGES = {"org.neo4j.gds", "apoc"};

    /** The build's list, else a scan of the classpath. */
    static ProcedureClasses find() {
        return listed().orElseGet(ProcedureClasses::scan);
    }

    /** The classes a scan of the GDS and APOC packages finds (abstract classes and interfaces left out). */
    static ProcedureClasses scan() {
        try (var scan = new ClassGraph().enableMethodInfo().enableAnnotationInfo().acceptPackages(PACKAGES).scan()) {
            return new ProcedureClasses(names(scan.getClassesWithMethodAnnotation("org.neo4j.procedure.Procedure")),
                    names(scan.getClassesWithMethodAnnotation("org.neo4j.procedure.UserFunction")),
                    names(scan.getClassesWithMethodAnnotation("org.neo4j.procedure.UserAggregationFunction")));
        }
    }

    static Optional<ProcedureClasses> listed() {
        try (InputStream in = ProcedureClasses.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Lines {@code procedure|function|aggregation <class name>}. */
    static ProcedureClasses parse(String text) {
        var lists = new ProcedureClasses(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (String line : text.split("\n")) {
            var fields = line.trim().split(" ");
            if (fields.length != 2) {
                continue;
            }
            switch (fields[0]) {
                case "procedure" -> lists.procedures.add(fields[1]);
                case "function" -> lists.functions.add(fields[1]);
                case "aggregation" -> lists.aggregations.add(fields[1]);
                default -> throw new IllegalArgumentException(RESOURCE + ": unknown kind '" + fields[0] + "'");
            }
        }
        return lists;
    }

    String text() {
        var text = new StringBuilder("# Written by the build (ProcedureClasses.main): the GDS and APOC procedure classes\n");
        procedures.forEach(name -> text.append("procedure ").append(name).append('\n'));
        functions.forEach(name -> text.append("function ").append(name).append('\n'));
        aggregations.forEach(name -> text.append("aggregation ").append(name).append('\n'));
        return text.toString();
    }

    /** Writes the scan's list to the file {@code args[0]} (the build's classes directory). */
    public static void main(String[] args) throws IOException {
        var file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        Files.writeString(file, scan().text());
    }

    private static List<String> names(ClassInfoList classes) {
        return classes.stream().filter(info -> !info.isAbstract() && !info.isInterface()).map(ClassInfo::getName)
                .sorted().toList();
    }
}
