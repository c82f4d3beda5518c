package org.metoodiffusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MetooDiffusionTests {

    @Test
    void rootHelpListsTheSubcommands() {
        var out = new StringWriter();
        int code = new CommandLine(new MetooDiffusion()).setOut(new PrintWriter(out)).execute("--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("serve", "Usage: metoo-diffusion");
    }

    @Test
    void serveHelpNamesTheOptionsLikeCypherShell() {
        var out = new StringWriter();
        int code = new CommandLine(new MetooDiffusion()).setOut(new PrintWriter(out)).execute("serve", "--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("-a, --address", "-u, --username", "-d, --database", "--bolt-port",
                "NEO4J_URI");
    }

    @Test
    void unknownOptionIsAUsageErrorNotAStackTrace() {
        var err = new StringWriter();
        int code = new CommandLine(new MetooDiffusion()).setErr(new PrintWriter(err)).execute("serve", "--bogus");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--bogus'").doesNotContain("Exception");
    }

    @Test
    void optionsBecomeSpringPropertiesThatOverrideTheEnvironment() {
        var serve = new ServeCommand();
        new CommandLine(serve).parseArgs("-a", "neo4j://db:7687", "-d", "metoo", "--bolt-port", "0", "--no-seed");
        assertThat(serve.springArguments()).containsExactly("--metoo.neo4j.uri=neo4j://db:7687",
                "--metoo.neo4j.database=metoo", "--spring.data.neo4j.database=metoo", "--metoo.seed.enabled=false",
                "--metoo.neo4j.embedded.bolt-port=0");
    }

    @Test
    void withoutSubcommandItServes() {
        assertThat(MetooDiffusion.withDefaultCommand(new String[0])).containsExactly("serve");
        assertThat(MetooDiffusion.withDefaultCommand(new String[] {"--http-port", "9090"}))
                .containsExactly("serve", "--http-port", "9090");
        assertThat(MetooDiffusion.withDefaultCommand(new String[] {"--help"})).containsExactly("--help");
        assertThat(MetooDiffusion.withDefaultCommand(new String[] {"serve", "-h"})).containsExactly("serve", "-h");
    }
}
