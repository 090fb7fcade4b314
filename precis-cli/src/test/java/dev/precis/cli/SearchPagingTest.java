package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code precis search --offset}: the next pages of the hits, and the bad values refused in one line. */
class SearchPagingTest {

    @TempDir
    Path dir;

    @Test
    void offsetWalksThePagesOfOneOrderWithTheTotalOnEach() throws Exception {
        Path lib = library();
        List<String> seen = new ArrayList<>();
        for (int offset = 0; offset < 3; offset++) {
            CliRun page = CliRun.of("search", "--data", lib.toString(), "--sort", "date", "--limit", "1", "--offset", String.valueOf(offset), "orchard");
            assertThat(page.exitCode()).as(page.err()).isZero();
            assertThat(page.out()).startsWith("3 matching articles").contains("articles " + (offset + 1) + "–" + (offset + 1) + " of 3");
            seen.add(page.out().lines().filter(l -> l.matches("\\s+\\d+ .*")).findFirst().orElseThrow());
        }
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(CliRun.of("search", "--data", lib.toString(), "--limit", "1", "orchard").out()).contains("next page: --offset 1");
        assertThat(CliRun.of("search", "--data", lib.toString(), "--limit", "1", "--offset", "2", "orchard").out())
                .contains("articles 3–3 of 3").doesNotContain("next page");
        assertThat(CliRun.of("search", "--data", lib.toString(), "--offset", "7", "orchard").out()).contains("no articles at --offset 7 of 3");
        // one page holds them all: no paging line
        assertThat(CliRun.of("search", "--data", lib.toString(), "orchard").out()).doesNotContain("next page").doesNotContain(" of 3");
    }

    @Test
    void badOffsetsAndLimitsAreOneLineErrors() throws Exception {
        Path lib = library();
        for (String[] bad : new String[][] {{"--offset", "-1"}, {"--offset", "ten"}, {"--limit", "0"}, {"--limit", "100000"},
                {"--limit", "10", "--offset", "9995"}}) {
            List<String> args = new ArrayList<>(List.of("search", "--data", lib.toString()));
            args.addAll(List.of(bad));
            args.add("orchard");
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", bad)).isNotZero();
            assertThat(run.oneLineError()).as(run.err()).isTrue();
            assertThat(run.err()).contains(bad[bad.length - 2]);
        }
    }

    @Test
    void thePageLineNamesTheRangeAndStopsAtTheDeepestPage() {
        assertThat(SearchCommand.pageLine(57, 10, 10)).isEqualTo("articles 11–20 of 57; next page: --offset 20");
        assertThat(SearchCommand.pageLine(57, 50, 7)).isEqualTo("articles 51–57 of 57");
        assertThat(SearchCommand.pageLine(50_000, 9_990, 10)).isEqualTo("articles 9991–10000 of 50000");
    }

    private Path library() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("texts"));
        // three distinct reports (not near-duplicates of one another), each naming an orchard
        String[] texts = {
                "Orchard fair in Brenfield\n\nThe orchard fair in Brenfield opened on Saturday with apples from twelve growers, the organisers said.",
                "Frost hits Ostmoor orchard\n\nA late frost damaged the blossom in the old Ostmoor orchard, and the keepers expect a thin harvest this autumn.",
                "Calder Vale school plants trees\n\nPupils of the Calder Vale primary school planted forty pear trees in a new community orchard behind the church on Friday."};
        for (int i = 0; i < texts.length; i++) {
            Files.writeString(folder.resolve("orchard-" + i + ".txt"), texts[i]);
        }
        Path lib = dir.resolve("lib");
        CliRun ingest = CliRun.of("ingest", "--quiet", "--data", lib.toString(), folder.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        return lib;
    }
}
