package org.junto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junto.testing.TestDatabase;
import picocli.CommandLine;

@Tag("storage")
class AdminCommandTest {

    @AfterEach
    void clear() {
        System.clearProperty("junto.database-url");
        System.clearProperty("junto.data-dir");
    }

    @Test
    void createsAnAdminOnceAndRefusesADuplicateUsername() throws Exception {
        System.setProperty("junto.database-url", TestDatabase.fresh());
        System.setProperty(
                "junto.data-dir", Files.createTempDirectory("junto-cli").toString());
        String[] args = {
            "admin",
            "create-user",
            "--username",
            "operator",
            "--email",
            "op@example.org",
            "--password",
            "long enough password",
            "--admin"
        };
        assertThat(new CommandLine(new JuntoCommand()).execute(args)).isZero();
        assertThat(new CommandLine(new JuntoCommand()).execute(args)).isEqualTo(2);
    }

    @Test
    void rejectsAShortPassword() throws Exception {
        System.setProperty("junto.database-url", TestDatabase.fresh());
        System.setProperty(
                "junto.data-dir", Files.createTempDirectory("junto-cli").toString());
        assertThat(new CommandLine(new JuntoCommand())
                        .execute(
                                "admin",
                                "create-user",
                                "--username",
                                "op2",
                                "--email",
                                "op2@example.org",
                                "--password",
                                "short"))
                .isEqualTo(2);
    }
}
