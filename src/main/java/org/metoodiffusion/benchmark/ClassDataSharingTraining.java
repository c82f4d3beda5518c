package org.metoodiffusion.benchmark;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Records the class data sharing archive of the extracted application (the build's {@code package}
 * phase runs {@link #main}): one JVM with {@code -XX:ArchiveClassesAtExit} that imports small files
 * into an empty data directory (in bulk, then in transactions) and serves them ({@link TrainingStart}),
 * on to a healthy server, its first answer and a first PageRank, then a normal stop, at which the JVM
 * writes every class it loaded into the archive. A training that stopped at the context's refresh
 * left out about 1,500 classes of Tomcat, Bolt, the procedure registration and the first query,
 * which each start then loaded and verified from the jars again.
 *
 * <p>Signed jars are left out of an archive whole, so the extracted copies lose their signatures
 * first (eclipse-collections: about 600 classes on the way to healthy). The fat jar keeps them.
 */
public final class ClassDataSharingTraining {

    /** Signature files of a signed jar: {@code META-INF/NAME.SF} and its block ({@code .RSA}, {@code .DSA}, {@code .EC}). */
    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");
    /** Milano's tweet, in the seed story every first start loads. */
    private static final String FIRST_REQUEST = "/api/posts/919659438700670976";
    /** What most users ask first of a graph they imported: the projection made ahead, its filter, PageRank. */
    private static final String FIRST_CENTRALITY = "/api/centrality/pagerank?limit=100";
    /** A build on a busy machine: the training start has taken over three minutes to be healthy. */
    private static final Duration TIMEOUT = Duration.ofMinutes(15);

    private ClassDataSharingTraining() {
    }

    /** {@code args}: the extracted jar, the archive to write, an empty data directory for the training start. */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("Arguments: APP_JAR ARCHIVE DATA_DIR");
        }
        var jar = Path.of(args[0]).toAbsolutePath();
        var archive = Path.of(args[1]).toAbsolutePath();
        var dataDir = Path.of(args[2]).toAbsolutePath();
        var lib = jar.resolveSibling("lib");
        for (Path unsigned : unsign(lib)) {
            System.out.println("Signature removed (class data sharing refuses signed jars): " + unsigned);
        }
        Files.deleteIfExists(archive);
        deleteRecursively(dataDir); // a first start every build, not a restart on the last build's data
        Files.createDirectories(dataDir);
        train(jar, archive, dataDir);
        if (!Files.exists(archive)) {
            throw new IllegalStateException("The training start wrote no " + archive + "; see "
                    + dataDir.resolve("training.log"));
        }
        System.out.printf("Class data sharing archive %s: %,d MB%n", archive, Files.size(archive) >> 20);
    }

    private static void train(Path jar, Path archive, Path dataDir) throws IOException, InterruptedException {
        // The jar's class path as -jar gives it (the archive is valid for that path only), another main class;
        // the heap bulk mode asks for, whatever the machine's default (an archive serves any -Xmx).
        var launch = List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-Xmx1g", "-cp", jar.toString(), TrainingStart.class.getName());
        try (var server = ServerProcess.serve(launch, dataDir.resolve("database"), dataDir.resolve("training.log"))) {
            System.out.printf("Training bulk import and start healthy after %.1f s%n", server.awaitHealthy(TIMEOUT));
            JsonGet.of(server.base() + FIRST_REQUEST);
            JsonGet.of(server.base() + FIRST_CENTRALITY);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Removes the signature files of the signed jars in {@code lib}; returns the jars it changed. */
    static List<Path> unsign(Path lib) throws IOException {
        var changed = new ArrayList<Path>();
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path jar : jars.filter(path -> path.toString().endsWith(".jar")).sorted().toList()) {
                if (removeSignature(jar)) {
                    changed.add(jar);
                }
            }
        }
        return changed;
    }

    private static boolean removeSignature(Path jar) throws IOException {
        try (var zip = FileSystems.newFileSystem(jar)) {
            var metaInf = zip.getPath("/META-INF");
            if (!Files.isDirectory(metaInf)) {
                return false;
            }
            List<Path> signatures;
            try (Stream<Path> entries = Files.list(metaInf)) {
                signatures = entries.filter(entry -> SIGNATURE.matcher(entry.toString().substring(1)).matches())
                        .toList();
            }
            for (Path signature : signatures) {
                Files.delete(signature);
            }
            return !signatures.isEmpty();
        }
    }
}
