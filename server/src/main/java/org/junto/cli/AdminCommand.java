package org.junto.cli;

import java.util.concurrent.Callable;
import org.junto.JuntoApplication;
import org.junto.accounts.Account;
import org.junto.accounts.RegisterAccountService;
import org.junto.core.JuntoException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Operator tasks that start the application without its web server. */
@Command(
        name = "admin",
        description = "Operator tasks.",
        mixinStandardHelpOptions = true,
        subcommands = {AdminCommand.CreateUser.class, RebuildContributionsCommand.class, RecountAccountsCommand.class})
public class AdminCommand {

    static ConfigurableApplicationContext startWithoutWeb() {
        return new SpringApplicationBuilder(JuntoApplication.class)
                .web(WebApplicationType.NONE)
                .properties("junto.jobs.worker-enabled=false")
                .run();
    }

    @Command(name = "create-user", description = "Create an approved account, optionally an administrator.")
    static class CreateUser implements Callable<Integer> {
        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--email", required = true)
        String email;

        @Option(
                names = "--password",
                description = "Password; read from the JUNTO_PASSWORD environment variable when omitted.")
        String password;

        @Option(names = "--admin", description = "Give the account the admin role.")
        boolean admin;

        @Override
        public Integer call() {
            String secret = password != null ? password : System.getenv("JUNTO_PASSWORD");
            try (ConfigurableApplicationContext context = startWithoutWeb()) {
                Account account = context.getBean(RegisterAccountService.class)
                        .createByOperator(
                                new RegisterAccountService.Registration(username, email, secret, "en", null), admin);
                System.out.printf(
                        "Created %s@%s (id %d)%s%n",
                        account.username(), "local", account.id(), admin ? " with the admin role" : "");
                return 0;
            } catch (JuntoException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
    }
}
