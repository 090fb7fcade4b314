package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code --no-meaning} and {@code --meaning-encoder} decide how added articles are grouped, so exactly the
 * commands that add articles offer them; a read-only command refuses them as unknown instead of taking
 * and ignoring them (main offered them on {@code stories}, {@code show}, {@code digest}, {@code feeds list} ...).
 */
class MeaningOptionsTest {

    /** The commands that add articles to a library (and eval stories, which builds its own). */
    private static final Set<String> ADDING = Set.of("precis ingest", "precis serve", "precis watch", "precis feeds poll",
            "precis bench ingest", "precis bench soak", "precis eval stories");

    @Test
    void onlyCommandsThatAddArticlesOfferTheMeaningOptions() {
        Set<String> offering = new TreeSet<>();
        Set<String> withLibrary = new TreeSet<>();
        ArrayDeque<CommandLine> todo = new ArrayDeque<>(List.of(PrecisCli.commandLine()));
        while (!todo.isEmpty()) {
            CommandLine c = todo.pop();
            todo.addAll(c.getSubcommands().values());
            CommandLine.Model.CommandSpec spec = c.getCommandSpec();
            if (spec.findOption("--data") != null) {
                withLibrary.add(spec.qualifiedName());
            }
            if (spec.findOption("--no-meaning") != null) {
                assertThat(spec.findOption("--meaning-encoder")).as(spec.qualifiedName()).isNotNull();
                offering.add(spec.qualifiedName());
            }
        }
        assertThat(offering).containsExactlyInAnyOrderElementsOf(ADDING);
        // the read-only ones are still there, without the options
        assertThat(withLibrary).contains("precis stories", "precis show", "precis digest", "precis search", "precis feeds list",
                "precis feeds export", "precis reindex");
    }

    @Test
    void aReadOnlyCommandRefusesThemAsUnknownInOneLine() {
        for (String[] args : new String[][] {{"stories", "--no-meaning"}, {"digest", "--meaning-encoder", "minilm"},
                {"feeds", "list", "--no-meaning"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).as(run.err()).contains("Unknown option").contains(args[args.length - 1].equals("minilm") ? "--meaning-encoder" : "--no-meaning");
        }
    }
}
