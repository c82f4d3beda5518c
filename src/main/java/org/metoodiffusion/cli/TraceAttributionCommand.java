package org.metoodiffusion.cli;

import org.metoodiffusion.trace.AccountAttribution;
import org.metoodiffusion.trace.Attribution;
import org.metoodiffusion.trace.AttributionTotals;
import org.metoodiffusion.trace.Root;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The totals, or with an account that account's attribution: two answers, one command as users know it. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = "Accounts descending from Milano, Burke, both or neither; with ACCOUNT, that account's first paths.")
final class TraceAttributionCommand extends TraceSubcommand<Attribution, Object> {

    @Parameters(paramLabel = "ACCOUNT", arity = "0..1", description = "An account id or @handle.")
    String account;

    @Option(names = "--hashtag", defaultValue = Attribution.DEFAULT_HASHTAG,
            description = "Whose users count as participants (default ${DEFAULT-VALUE}).")
    String hashtag;

    TraceAttributionCommand() {
        super(Attribution.class);
    }

    @Override
    Object answer(Attribution attribution) {
        return account != null ? attribution.of(account, options.reconstruction())
                : attribution.totals(options.reconstruction(), Root.parse("hashtag:" + hashtag).key());
    }

    @Override
    String table(Object answer) {
        return answer instanceof AccountAttribution one ? TraceTables.accountAttribution(one)
                : TraceTables.attributionTotals((AttributionTotals) answer);
    }
}
