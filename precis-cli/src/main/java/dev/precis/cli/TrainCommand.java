package dev.precis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code precis train …}: reproduce the shipped models from data, or train on your own. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the models Precis ships (reproducibly) or your own.",
        subcommands = {
                TrainSummarizerCommand.class,
                TrainNerCommand.class,
                TrainNerLayerCommand.class,
                TrainMeaningTableCommand.class,
                TrainPlacesCommand.class,
                TrainOrgHeadsCommand.class,
                TrainWordClustersCommand.class,
        })
final class TrainCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
