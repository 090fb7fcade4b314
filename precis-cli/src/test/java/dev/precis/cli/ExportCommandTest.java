package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.store.ArticleView;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code precis export} and its load by {@code precis ingest --analyzed}: the same library again, in another store. */
class ExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void anExportLoadedIntoAFreshLibraryGivesTheSameArticlesAnalysesAndStories() throws Exception {
        Path first = library();
        Path file = dir.resolve("backup.jsonl.gz");
        CliRun export = CliRun.of("export", "--data", first.toString(), "--output", file.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("exported 5 articles to " + file);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()).hasSize(5);
        }
        assertThat(dir.toFile().list()).noneMatch(n -> n.endsWith(".partial"));

        Path second = dir.resolve("second");
        CliRun load = CliRun.of("ingest", "--quiet", "--analyzed", "--data", second.toString(), file.toString());
        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.out()).contains("5 added").contains("0 failed").contains("library: 5 articles");

        List<String> before = describe(first);
        assertThat(before).hasSize(5).anyMatch(s -> s.contains("quotes=1")).anyMatch(s -> s.contains("story=[1, 2]"));
        assertThat(describe(second)).containsExactlyElementsOf(before);
    }

    @Test
    void anExistingFileOrAMissingFolderIsRefusedInOneLine() throws Exception {
        Path lib = library();
        Path file = Files.writeString(dir.resolve("kept.jsonl"), "keep me\n");
        CliRun exists = CliRun.of("export", "--data", lib.toString(), "--output", file.toString());
        assertThat(exists.exitCode()).isNotZero();
        assertThat(exists.oneLineError()).as(exists.err()).isTrue();
        assertThat(exists.err()).contains(file.toString()).contains("--overwrite");
        assertThat(Files.readString(file)).isEqualTo("keep me\n");
        assertThat(CliRun.of("export", "--data", lib.toString(), "--output", file.toString(), "--overwrite").exitCode()).isZero();
        assertThat(Files.readAllLines(file)).hasSize(5);

        Path nowhere = dir.resolve("no/such/folder/out.jsonl");
        CliRun missing = CliRun.of("export", "--data", lib.toString(), "--output", nowhere.toString());
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.oneLineError()).as(missing.err()).isTrue();
        assertThat(missing.err()).contains("does not exist");
        CliRun noLibrary = CliRun.of("export", "--data", dir.resolve("none").toString(), "--output", dir.resolve("x.jsonl").toString());
        assertThat(noLibrary.exitCode()).isNotZero();
        assertThat(noLibrary.oneLineError()).as(noLibrary.err()).isTrue();
    }

    @Test
    void aDashWritesTheLinesToStandardOutputAndNoFileNamedDash() throws Exception {
        Path lib = library();
        java.io.PrintStream console = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        CliRun export;
        System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            export = CliRun.of("export", "--data", lib.toString(), "--output", "-");
        } finally {
            System.setOut(console);
        }
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err()).isEqualTo("exported 5 articles to standard output\n");
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8).lines()).hasSize(5).allMatch(l -> l.startsWith("{"));
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void aBrokenLineOrAMissingFileIsNamedWithItsLineAndTheRestLoads() throws Exception {
        Path file = dir.resolve("backup.jsonl");
        assertThat(CliRun.of("export", "--data", library().toString(), "--output", file.toString()).exitCode()).isZero();
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(2, lines.get(2).substring(0, 40));
        Files.write(file, lines);
        CliRun load = CliRun.of("ingest", "--quiet", "--analyzed", "--data", dir.resolve("second").toString(), file.toString());
        // plan56: a load with a failed item exits 2, the rest stored (main: 0)
        assertThat(load.exitCode()).as(load.err()).isEqualTo(2);
        assertThat(load.out()).contains("4 added").contains("1 failed").contains("  failed: " + file + ":3: not JSON\n");

        Path missing = dir.resolve("nowhere.jsonl");
        CliRun none = CliRun.of("ingest", "--quiet", "--analyzed", "--data", dir.resolve("third").toString(), missing.toString());
        assertThat(none.exitCode()).isNotZero();
        assertThat(none.oneLineError()).as(none.err()).isTrue();
        assertThat(none.err()).isEqualTo("precis: " + missing + ": no such file or folder\n");
        assertThat(dir.resolve("third")).as("checked before the library is made").doesNotExist();
    }

    /** Five made-up reports, two of them on one bridge, with a quote and dates; ingested with the full analysis. */
    private Path library() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(folder.resolve("a-bridge-closed.txt"), "Kessel bridge closed for repairs\n\n"
                + "The Kessel bridge over the river Arn was closed on 4 March 2024 after engineers found cracks in two piers."
                + " \"We cannot take any risk with the old piers,\" said Mayor Ilse Marten of Kesselburg."
                + " Traffic is sent over the Arn ferry until the repairs are done.");
        Files.writeString(folder.resolve("b-bridge-reopens.txt"), "Kessel bridge reopens after repairs\n\n"
                + "The Kessel bridge over the river Arn reopened on 23 March 2024 after engineers repaired cracks in two piers."
                + " Mayor Ilse Marten of Kesselburg thanked the engineers. The Arn ferry returns to its summer timetable.");
        Files.writeString(folder.resolve("c-orchard.txt"), "Orchard fair draws growers\n\n"
                + "The orchard fair in Ostmoor opened on Saturday with apples from twelve growers, the organisers said.");
        Files.writeString(folder.resolve("d-choir.txt"), "Choir wins regional prize\n\n"
                + "The Lindholm youth choir won the regional singing prize in Varde on Sunday, its conductor Petra Lund said.");
        Files.writeString(folder.resolve("e-library.txt"), "Town library extends hours\n\n"
                + "The town library of Brenfield will open until nine in the evening from January, the council decided on Tuesday.");
        Path lib = dir.resolve("first");
        CliRun ingest = CliRun.of("ingest", "--quiet", "--data", lib.toString(), folder.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        return lib;
    }

    /** Each article in id order as one line: what a round trip must keep (the story as its members' ids). */
    private static List<String> describe(Path data) throws Exception {
        List<String> out = new ArrayList<>();
        try (Library lib = Library.open(LibraryConfig.embedded(data))) {
            for (long id = 1; id <= lib.size(); id++) {
                ArticleView v = lib.article(id).orElseThrow();
                List<Long> story = v.story() == null ? List.of()
                        : lib.story(v.story().id()).orElseThrow().articles().stream().map(a -> a.id()).sorted().toList();
                out.add(id + " " + v.article().title() + " | " + v.source() + " | " + v.article().published()
                        + " | paragraphs=" + v.article().paragraphs() + " | entities=" + v.entities() + " | mentions=" + lib.mentions(id).size()
                        + " | quotes=" + v.quotes().size() + " " + v.quotes() + " | times=" + v.times() + " | summary=" + v.summary()
                        + " | story=" + story + " | related=" + v.related().stream().map(r -> r.id()).toList() + " | note=" + v.textNote());
            }
        }
        return out;
    }
}
