package org.metoodiffusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's import commands run as written, in-process, with every file and directory they name
 * (and the default data directory) taken relative to a scratch folder under {@code target/} as the
 * working directory: relative paths, as a user's are.
 */
class DocumentedCommandsTests {

    private static final Path SCRATCH = Path.of("target", "readme-commands");
    private static final String JAR = "-jar target/metoo-diffusion.jar ";
    /** Options whose value is not a path. */
    private static final Set<String> VALUE_OPTIONS = Set.of("--posts", "--seed", "--batch-size", "--format");
    private static final Pattern CREATED = Pattern.compile("Graph: ([\\d,]+) nodes and ([\\d,]+) relationships created");

    @BeforeEach
    void scratch() throws IOException {
        if (Files.exists(SCRATCH)) {
            try (Stream<Path> paths = Files.walk(SCRATCH)) {
                for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(SCRATCH);
    }

    @Test
    void theImportSectionsCommandsRunAsWritten() throws IOException {
        var commands = importSectionCommands();
        assertThat(commands).as("README commands").anySatisfy(c -> assertThat(c).startsWith("generate"))
                .anySatisfy(c -> assertThat(c).contains("import --bulk --data-dir "));
        int ran = 0;
        for (var command : commands) {
            var args = inScratch(command.split("\\s+"));
            if (namesMissingInputs(args)) {
                continue; // an example of inputs the user has (tweets.jsonl.gz ...), not made by an earlier line
            }
            var output = run(args);
            assertThat(output.code()).as(command + "\n" + output.text()).isZero();
            if (args.get(0).equals("import")) {
                var created = CREATED.matcher(output.text());
                assertThat(created.find()).as(output.text()).isTrue();
                assertThat(Long.parseLong(created.group(1).replace(",", ""))).as(command).isPositive();
                assertThat(Long.parseLong(created.group(2).replace(",", ""))).as(command).isPositive();
            }
            ran++;
        }
        assertThat(ran).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theImportBenchmarkRunsWithItsRelativeDefaultWorkDirectory() {
        // As the README's "java -Xmx1g -jar target/metoo-diffusion.jar benchmark import", smaller; twice,
        // as a user runs it again: each run replaces the previous run's databases.
        for (int run = 0; run < 2; run++) {
            var output = run(List.of("benchmark", "import", "--posts", "2000", "--no-transactional"));
            assertThat(output.code()).as(output.text()).isZero();
            assertThat(output.text()).contains("posts/s");
        }
    }

    /** The {@code java ... -jar target/metoo-diffusion.jar} lines of the README's "Importing data" code block. */
    private static List<String> importSectionCommands() throws IOException {
        var readme = Files.readString(Path.of("README.md"));
        var section = readme.substring(readme.indexOf("## Importing data"));
        var block = section.substring(section.indexOf("```bash") + 7, section.indexOf("```", section.indexOf("```bash") + 7));
        var commands = new ArrayList<String>();
        for (var line : block.lines().toList()) {
            if (line.startsWith("java ") && line.contains(JAR)) {
                var command = line.substring(line.indexOf(JAR) + JAR.length());
                commands.add((command.contains("#") ? command.substring(0, command.indexOf('#')) : command).strip());
            }
        }
        return commands;
    }

    /** Every argument that is neither an option, a subcommand nor an option's value: a path, under the scratch folder. */
    private static List<String> inScratch(String[] args) {
        var result = new ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            var arg = args[i];
            boolean value = i > 0 && VALUE_OPTIONS.contains(args[i - 1]);
            boolean path = i > 0 && !arg.startsWith("-") && !value;
            result.add(path ? SCRATCH.resolve(arg).toString() : arg);
        }
        if (args[0].equals("import") && !result.contains("--data-dir")) {
            // The default data directory, ./data, relative to the scratch folder as working directory.
            result.addAll(List.of("--data-dir", SCRATCH.resolve("data").toString()));
        }
        return result;
    }

    private static boolean namesMissingInputs(List<String> args) {
        for (int i = 1; i < args.size(); i++) {
            boolean input = args.get(0).equals("import") && !args.get(i - 1).equals("--data-dir");
            if (input && args.get(i).startsWith(SCRATCH.toString()) && !Files.exists(Path.of(args.get(i)))) {
                return true;
            }
        }
        return false;
    }

    private record Output(int code, String text) {
    }

    private static Output run(List<String> args) {
        var captured = new ByteArrayOutputStream();
        var out = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = MetooDiffusion.commandLine().execute(args.toArray(String[]::new));
            return new Output(code, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
        }
    }
}
