package org.junto.cli;

import java.util.concurrent.Callable;
import org.junto.contributions.RebuildRelationships;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

/** {@code junto admin rebuild-contributions}: recompute every derived figure from the contribution log. */
@Command(
        name = "rebuild-contributions",
        description = "Recompute relationship strengths and other derived figures from the contribution log.")
class RebuildContributionsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = AdminCommand.startWithoutWeb()) {
            long started = System.nanoTime();
            RebuildRelationships.Result result =
                    context.getBean(RebuildRelationships.class).rebuild();
            System.out.printf(
                    "Rebuilt %d relationship pairs from %d contributions in %d ms%n",
                    result.pairs(), result.contributions(), (System.nanoTime() - started) / 1_000_000);
            return 0;
        }
    }
}
