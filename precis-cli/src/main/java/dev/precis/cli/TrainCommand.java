package dev.precis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code precis train …}: trains the models Precis ships, reproducibly, on the user's data or ours. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train models (the shipped ones are this command's output).",
        subcommands = {
                TrainNerCommand.class,
        })
final class TrainCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
