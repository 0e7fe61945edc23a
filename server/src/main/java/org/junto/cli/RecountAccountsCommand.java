package org.junto.cli;

import java.util.concurrent.Callable;
import org.junto.accounts.AccountStats;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

/**
 * {@code junto admin recount-accounts}: recompute every account's stored post, follower and following counters from
 * the statuses and follows tables (decision 0020), after rows were changed behind the server's back.
 */
@Command(
        name = "recount-accounts",
        description = "Recompute every account's post, follower and following counters from the stored rows.")
class RecountAccountsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = AdminCommand.startWithoutWeb()) {
            long started = System.nanoTime();
            long differing = context.getBean(AccountStats.class).recountAll();
            System.out.printf(
                    "Recounted every account in %d ms; %d had drifted%n",
                    (System.nanoTime() - started) / 1_000_000, differing);
            return 0;
        }
    }
}
