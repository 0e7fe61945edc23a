package org.junto.cli;

import picocli.CommandLine;

/** The jar's entry point: {@code java -jar junto.jar [serve|admin …]}; with no arguments it serves. */
public final class JuntoCli {
    private JuntoCli() {}

    public static void main(String[] args) {
        int exit = new CommandLine(new JuntoCommand()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }
}
