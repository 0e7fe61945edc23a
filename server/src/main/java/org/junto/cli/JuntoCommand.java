package org.junto.cli;

import java.util.concurrent.Callable;
import org.junto.JuntoApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;

/** {@code junto [serve]} runs the server; {@code junto admin …} runs operator tasks against the same database. */
@Command(
        name = "junto",
        mixinStandardHelpOptions = true,
        description = "Junto: micro-messaging that turns talk into action.",
        subcommands = {JuntoCommand.Serve.class, AdminCommand.class})
public class JuntoCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return new Serve().call();
    }

    @Command(name = "serve", description = "Run the server (the default).")
    public static class Serve implements Callable<Integer> {
        @Override
        public Integer call() {
            SpringApplication.run(JuntoApplication.class);
            return 0;
        }
    }
}
