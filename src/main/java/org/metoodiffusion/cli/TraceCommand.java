package org.metoodiffusion.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.metoodiffusion.api.BadRequestException;
import org.metoodiffusion.forecast.ForecastService;
import org.metoodiffusion.forecast.Horizon;
import org.metoodiffusion.trace.Adoption;
import org.metoodiffusion.trace.Attribution;
import org.metoodiffusion.trace.CascadeService;
import org.metoodiffusion.trace.InfluencePaths;
import org.metoodiffusion.trace.Level;
import org.metoodiffusion.trace.Reconstruction;
import org.metoodiffusion.trace.Root;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The tracing analyses from the command line, as tables or as the JSON the REST API returns. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Trace the spread: cascades of a root (milano, burke, a post id, account:<id>, @handle, "
                + "hashtag:<tag>), their metrics, methods side by side, influence paths, adoption, attribution.",
        subcommands = {TraceCommand.Cascade.class, TraceCommand.Nodes.class, TraceCommand.Edges.class, TraceCommand.Compare.class,
                TraceCommand.Path.class, TraceCommand.AdoptionSeries.class, TraceCommand.AttributionTotals.class,
                TraceCommand.Forecast.class})
final class TraceCommand {

    /** Options every trace subcommand has. */
    static final class Common {

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(names = {"-m", "--method"}, defaultValue = "platform",
                description = "Reconstruction: platform, followee or interaction (default ${DEFAULT-VALUE}); "
                        + "only platform at account level.")
        String method;

        @Option(names = {"-l", "--level"}, description = "post or account (an account root's first activations over "
                + "timed interactions). Default: account for an account root with interactions and no posts, else post.")
        String level;

        @Option(names = "--json", description = "Print JSON, as the REST API answers, instead of a table.")
        boolean json;

        /** Runs {@code query} against the graph and prints its answer. */
        <T> Integer print(Function<ConfigurableApplicationContext, T> query, Function<T, String> table) throws Exception {
            var arguments = new ArrayList<String>();
            database.addTo(arguments);
            try (var context = SpringArguments.batchContext(arguments)) {
                T answer = query.apply(context);
                System.out.println(json ? context.getBean(ObjectMapper.class).writerWithDefaultPrettyPrinter()
                        .writeValueAsString(answer) : table.apply(answer));
                return 0;
            }
        }

        Reconstruction reconstruction() {
            return Reconstruction.parse(method);
        }

        Level level() {
            return Level.parse(level);
        }
    }

    @Command(name = "cascade", mixinStandardHelpOptions = true, description = "A cascade's summary and metrics.")
    static final class Cascade implements Callable<Integer> {

        @Mixin
        Common common = new Common();

        @Parameters(paramLabel = "ROOT", defaultValue = "milano", description = "The root (default ${DEFAULT-VALUE}).")
        String root;

        @Override
        public Integer call() throws Exception {
            return common.print(context -> context.getBean(CascadeService.class).metrics(Root.parse(root),
                    common.level(), common.reconstruction()), TraceTables::metrics);
        }
    }

    /** The root and page of the commands that list a cascade's nodes or edges. */
    static final class Paging {

        @Parameters(paramLabel = "ROOT", defaultValue = "milano", description = "The root (default ${DEFAULT-VALUE}).")
        String root;

        @Option(names = "--page", defaultValue = "0", description = "Page from 0 (default ${DEFAULT-VALUE}).")
        int page;

        @Option(names = "--size", defaultValue = "100", description = "Items per page, 1..10000 (default ${DEFAULT-VALUE}).")
        int size;
    }

    @Command(name = "nodes", mixinStandardHelpOptions = true, description = "A page of a cascade's nodes.")
    static final class Nodes implements Callable<Integer> {

        @Mixin
        Common common = new Common();

        @Mixin
        Paging paging = new Paging();

        @Override
        public Integer call() throws Exception {
            return common.print(context -> context.getBean(CascadeService.class).nodes(Root.parse(paging.root),
                    common.level(), common.reconstruction(), paging.page, paging.size), TraceTables::nodes);
        }
    }

    @Command(name = "edges", mixinStandardHelpOptions = true, description = "A page of a cascade's edges.")
    static final class Edges implements Callable<Integer> {

        @Mixin
        Common common = new Common();

        @Mixin
        Paging paging = new Paging();

        @Override
        public Integer call() throws Exception {
            return common.print(context -> context.getBean(CascadeService.class).edges(Root.parse(paging.root),
                    common.level(), common.reconstruction(), paging.page, paging.size), TraceTables::edges);
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "The same cascade under several reconstructions: metrics and top accounts.")
    static final class Compare implements Callable<Integer> {

        @Mixin
        Common common = new Common();

        @Parameters(paramLabel = "ROOT", defaultValue = "milano", description = "The root (default ${DEFAULT-VALUE}).")
        String root;

        @Option(names = "--methods", split = ",", description = "Methods to compare (default: every one that applies "
                + "at the level, platform,followee,interaction; only platform at account level).")
        List<String> methods;

        @Option(names = "--top", defaultValue = "10", description = "Top accounts per method (default ${DEFAULT-VALUE}).")
        int top;

        @Override
        public Integer call() throws Exception {
            return common.print(context -> context.getBean(CascadeService.class).compare(Root.parse(root),
                    common.level(), methods == null ? null : methods.stream().map(Reconstruction::parse).toList(), top), TraceTables::comparison);
        }
    }

    @Command(name = "path", mixinStandardHelpOptions = true,
            description = "The influence path from a root to a post or account (a post id, account:<id> or @handle).")
    static final class Path implements Callable<Integer> {

        @Mixin
        Common common = new Common();

        @Parameters(index = "0", paramLabel = "ROOT", description = "The root.")
        String root;

        @Parameters(index = "1", paramLabel = "TARGET", description = "A post id, account:<id> or @handle (at account level a bare id is an account).")
        String target;

        @Override
        public Integer call() throws Exception {
            return common.print(context -> context.getBean(InfluencePaths.class).to(Root.parse(root), target,
                    common.level(), common.reconstruction()), TraceTables::path);
        }
    }

    @Command(name = "adoption", mixinStandardHelpOptions = true,
            description = "Posts and new adopters per hour or day, new adopters split by root.")
    static final class AdoptionSeries implements Callable<Integer> {

        @Mixin
        Common common = new Common();

        @Parameters(paramLabel = "ROOT", defaultValue = "hashtag:metoo", description = "The root (default ${DEFAULT-VALUE}).")
        String root;

        @Option(names = "--bucket", defaultValue = "day", description = "hour or day (default ${DEFAULT-VALUE}).")
        String bucket;

        @Override
        public Integer call() throws Exception {
            return common.print(context -> context.getBean(Adoption.class).of(Root.parse(root), common.level(),
                    common.reconstruction(), Adoption.Bucket.parse(bucket)), TraceTables::adoption);
        }
    }

    @Command(name = "attribution", mixinStandardHelpOptions = true,
            description = "Accounts descending from Milano, Burke, both or neither; with ACCOUNT, that account's first paths.")
    static final class AttributionTotals implements Callable<Integer> {

        @Mixin
        Common common = new Common();

        @Parameters(paramLabel = "ACCOUNT", arity = "0..1", description = "An account id or @handle.")
        String account;

        @Option(names = "--hashtag", defaultValue = Attribution.DEFAULT_HASHTAG,
                description = "Whose users count as participants (default ${DEFAULT-VALUE}).")
        String hashtag;

        @Override
        public Integer call() throws Exception {
            if (account != null) {
                return common.print(context -> context.getBean(Attribution.class).of(account, common.reconstruction()),
                        TraceTables::accountAttribution);
            }
            return common.print(context -> context.getBean(Attribution.class).totals(common.reconstruction(),
                    Root.parse("hashtag:" + hashtag).key()), TraceTables::attributionTotals);
        }
    }

    @Command(name = "forecast", mixinStandardHelpOptions = true,
            description = "The cascade's final size predicted from its events up to --at after its start, with 80% "
                    + "intervals: SEISMIC against the log-linear baseline (platform record; --method does not apply).")
    static final class Forecast implements Callable<Integer> {

        @Mixin
        Common common = new Common();

        @Parameters(paramLabel = "ROOT", defaultValue = "milano", description = "The root (default ${DEFAULT-VALUE}).")
        String root;

        @Option(names = "--at", defaultValue = "1h", description = "Time after the start: a whole number of s, m, h or d "
                + "(30m, 1h, 6h, 2d; default ${DEFAULT-VALUE}).")
        String at;

        @Override
        public Integer call() throws Exception {
            if (common.reconstruction() != Reconstruction.PLATFORM) {
                throw new BadRequestException("forecasts use the platform record: --method does not apply");
            }
            return common.print(context -> context.getBean(ForecastService.class).forecast(Root.parse(root),
                    common.level(), Horizon.parse(at)), ForecastTable::of);
        }
    }
}
