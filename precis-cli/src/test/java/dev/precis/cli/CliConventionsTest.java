package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.ingest.IngestProgress;
import dev.precis.store.LibraryConfig;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's conventions: standard input, exit codes, missing libraries, environment, paging, help. */
class CliConventionsTest {

    @TempDir
    Path dir;

    static CliRun withStdin(String input, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.of(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void ingestReadsOneArticleFromStandardInput() {
        Path data = dir.resolve("lib");
        CliRun run = withStdin("Title\n\nOne sentence here. Another one there.\n", "ingest", "--quiet", "--data", data.toString(), "-");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 added").contains("library: 1 article\n");
        CliRun search = CliRun.of("search", "--data", data.toString(), "sentence");
        assertThat(search.out()).startsWith("1 matching article").doesNotContain("1 matching articles").contains("Title");
    }

    @Test
    void ingestFailsWhenEveryItemFailed() throws Exception {
        // an item that fails when read: the file's first bytes look fine (a JSON object), its one line has no text
        Path bad = dir.resolve("broken.jsonl");
        Files.writeString(bad, "{\"id\":\"x1\",\"title\":\"No body\"}\n");
        CliRun run = CliRun.of("ingest", "--quiet", "--data", dir.resolve("lib").toString(), bad.toString());
        assertThat(run.out()).contains("1 failed");
        assertThat(run.exitCode()).isEqualTo(2);

        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Ferry returns\n\nThe island ferry sailed again on Monday, the harbour office said.");
        CliRun mixed = CliRun.of("ingest", "--quiet", "--data", dir.resolve("lib2").toString(), bad.toString(), good.toString());
        assertThat(mixed.out()).contains("1 added").contains("1 failed");
        // plan56: a load with a failed item exits 2, the rest stored (main: 0)
        assertThat(mixed.exitCode()).isEqualTo(2);
    }

    @Test
    void anEmptyFileIsNamedAndABatchThatTookNothingInIsAnError() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path lib = dir.resolve("lib");
        CliRun alone = CliRun.of("ingest", "--quiet", "--data", lib.toString(), empty.toString());
        assertThat(alone.exitCode()).isEqualTo(2);
        // an input that holds nothing is refused before a library is made (EmptyInputTest)
        assertThat(alone.err()).isEqualTo("precis: " + empty + ": holds no articles (an empty file)\n");

        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Ferry returns\n\nThe island ferry sailed again on Monday, the harbour office said.");
        CliRun mixed = CliRun.of("ingest", "--quiet", "--data", lib.toString(), empty.toString(), good.toString());
        assertThat(mixed.exitCode()).as(mixed.err()).isZero();
        assertThat(mixed.out()).contains("1 added").contains("library: 1 article\n");
        assertThat(mixed.err()).isEqualTo("precis: " + empty + ": holds no articles (an empty file), skipped\n");

        Path folder = Files.createDirectory(dir.resolve("nothing-here"));
        CliRun none = CliRun.of("ingest", "--quiet", "--data", lib.toString(), folder.toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.oneLineError()).as(none.err()).isTrue();
        assertThat(none.err()).contains(folder.toString());
        // what was ingested before stays
        assertThat(CliRun.of("search", "--data", lib.toString(), "ferry").out()).contains("Ferry returns");
    }

    @Test
    void aTextUnderFiveWordsIsSkippedWithItsReasonAsTheServerSkipsIt() throws Exception {
        Path hello = dir.resolve("hello.txt");
        Files.writeString(hello, "Hello world");
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Ferry returns\n\nThe island ferry sailed again on Monday, the harbour office said.");
        Path lib = dir.resolve("lib");
        // main stored "Hello world" as an article (POST /api/articles refuses it with 422)
        CliRun mixed = CliRun.of("ingest", "--quiet", "--data", lib.toString(), hello.toString(), good.toString());
        // plan56: a load with a failed item exits 2, the rest stored (main: 0)
        assertThat(mixed.exitCode()).as(mixed.err()).isEqualTo(2);
        assertThat(mixed.out()).contains("1 added").contains("1 failed")
                .contains("  failed: " + hello + ": text: 2 words is no article; at least 5 words are needed\n")
                .contains("library: 1 article\n");
        CliRun alone = CliRun.of("ingest", "--quiet", "--data", dir.resolve("lib2").toString(), hello.toString());
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).contains("nothing ingested from " + hello + ": 1 failed").doesNotContain("Exception");
        assertThat(CliRun.of("ingest", "--help").out()).contains("fewer than 5 words");
    }

    @Test
    void watchSaysHowItWatchesAFolderAndIngestingAFolderAgainAddsWhatIsNewInIt() throws Exception {
        // an old help said "Poll the subscribed feeds" and nothing of folders, which users expect a watch to cover
        assertThat(CliRun.of("watch", "--help").out().replaceAll("\\s+", " "))
                .contains("With --folder DIR it also looks into DIR").contains("removed files are left in the library");
        // what watch --folder relies on (FolderWatchTest covers its looks): a second ingest stores only new and changed files
        Path folder = Files.createDirectory(dir.resolve("saved"));
        Files.writeString(folder.resolve("ferry.txt"), "Ferry returns\n\nThe island ferry sailed again on Monday, the harbour office said.");
        String lib = dir.resolve("lib").toString();
        assertThat(CliRun.of("ingest", "--quiet", "--data", lib, folder.toString()).out()).contains("1 added");
        Files.writeString(folder.resolve("pier.txt"), "Pier rebuilt\n\nThe council of Lowmere rebuilt its old stone pier before the storms.");
        CliRun again = CliRun.of("ingest", "--quiet", "--data", lib, folder.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("1 added, 1 duplicate,").contains("library: 2 articles");
    }

    @Test
    void aWebArchiveWithoutPagesSaysWhatItSkippedAndThatNothingWasIngested() throws Exception {
        Path warc = dir.resolve("crawl.warc");
        Files.writeString(warc, "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:6f1c0c1e-5b1a-4d8e-9c1a-0a1b2c3d4e5f>\r\n"
                + "WARC-Date: 2020-01-01T00:00:00Z\r\nContent-Length: 0\r\n\r\n\r\n\r\n");
        CliRun run = CliRun.of("ingest", "--quiet", "--data", dir.resolve("lib").toString(), warc.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).doesNotContain("unknown file type").doesNotContain("failed:");
        assertThat(run.err()).contains("precis: " + warc + ": 1 WARC record skipped (0 not HTML, 0 revisit, 1 request/metadata/other)")
                .contains("nothing ingested from " + warc).doesNotContain("Exception");
    }

    @Test
    void aBadDateOptionNamesTheOptionAndTheValueWithoutJavaNames() throws Exception {
        Path good = dir.resolve("note.txt");
        Files.writeString(good, "Ferry returns\n\nThe island ferry sailed again on Monday, the harbour office said.");
        Path lib = dir.resolve("dated");
        CliRun run = CliRun.of("ingest", "--quiet", "--data", lib.toString(), "--published", "someday", good.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.oneLineError()).as(run.err()).isTrue();
        assertThat(run.err()).contains("--published").contains("'someday' is not a date (YYYY-MM-DD)")
                .doesNotContain("java.").doesNotContain("Exception");
        assertThat(lib).doesNotExist();
    }

    @Test
    void aBadNumberIsNamedWithoutJavaTypeNames() {
        for (String[] args : new String[][] {{"story", "abc"}, {"stories", "--limit", "ten"}, {"summarize", "--ratio", "half", "x.txt"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.oneLineError()).as(run.err()).isTrue();
            assertThat(run.err()).as(run.err()).containsPattern("is not a (whole )?number")
                    .doesNotContain("long").doesNotContain(" int").doesNotContain("double");
        }
    }

    @Test
    void aWholeNumberTooLongForItsOptionIsOutOfRangeNotNotANumber() {
        for (String[] args : new String[][] {{"show", "99999999999999999999"}, {"story", "-99999999999999999999"},
                {"stories", "--limit", "3000000000"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.oneLineError()).as(run.err()).isTrue();
            assertThat(run.err()).as(run.err()).contains("'" + args[args.length - 1] + "' is out of range")
                    .doesNotContain("not a whole number").doesNotContain("too large");
        }
    }

    @Test
    void readingALibraryThatDoesNotExistIsAnErrorNamingTheDirectory() {
        Path missing = dir.resolve("no/such/dir");
        // bench digest: main timed a new empty library it made in the mistyped folder
        for (String[] args : new String[][] {{"search", "x"}, {"stories"}, {"show", "1"}, {"story", "1"}, {"digest"}, {"bench", "digest"}}) {
            String[] full = new String[args.length + 2];
            System.arraycopy(args, 0, full, 0, args.length);
            full[args.length] = "--data";
            full[args.length + 1] = missing.toString();
            CliRun run = CliRun.of(full);
            assertThat(run.exitCode()).as(args[0]).isEqualTo(2);
            assertThat(run.oneLineError()).as(run.err()).isTrue();
            assertThat(run.err()).contains(missing.toString());
            assertThat(missing).doesNotExist();
        }
    }

    @Test
    void storedEscapeSequencesNeverReachTheTerminal() throws Exception {
        Path data = dir.resolve("lib");
        Path page = dir.resolve("evil.txt");
        Files.writeString(page, "Evil \u001b]0;pwned\u0007title \u001b[2J\u202Etxt.exe\n\n"
                + "The council met on Monday \u001b[31mand\u001b[0m agreed the budget, the mayor said.");
        assertThat(CliRun.of("ingest", "--quiet", "--data", data.toString(), page.toString()).exitCode()).isZero();
        CliRun search = CliRun.of("search", "--data", data.toString(), "council");
        CliRun show = CliRun.of("show", "--data", data.toString(), "1");
        for (CliRun run : new CliRun[] {search, show}) {
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("Evil title").contains("txt.exe").doesNotContain("pwned");
            assertThat(run.out().chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x202E)).isEmpty();
        }
        assertThat(show.out()).contains("Monday and agreed");
    }

    @Test
    void aDeeplyNestedOrBrokenQueryIsSearchedNotAStackTrace() throws Exception {
        Path data = dir.resolve("lib");
        withStdin("AC/DC play\n\nThe band AC/DC played for 1/2 hour on Monday.\n", "ingest", "--quiet", "--data", data.toString(), "-");
        CliRun deep = CliRun.of("search", "--data", data.toString(), "(".repeat(5_000) + "band" + ")".repeat(5_000));
        assertThat(deep.exitCode()).as(deep.err()).isZero();
        assertThat(deep.out()).startsWith("1 matching article").doesNotContain("1 matching articles");
        CliRun slash = CliRun.of("search", "--data", data.toString(), "AC/DC \"1/2");
        assertThat(slash.exitCode()).as(slash.err()).isZero();
        assertThat(slash.out()).startsWith("1 matching article").doesNotContain("1 matching articles");
    }

    @Test
    void everyHelpTextFormatsWithoutPicocliWarnings() {
        // picocli formats each description line with String.format: a lone % ("10% faster") makes it print a WARN
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        System.setErr(new java.io.PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            java.util.ArrayDeque<picocli.CommandLine> todo = new java.util.ArrayDeque<>(java.util.List.of(PrecisCli.commandLine()));
            while (!todo.isEmpty()) {
                picocli.CommandLine c = todo.pop();
                todo.addAll(c.getSubcommands().values());
                assertThat(c.getUsageMessage()).isNotBlank();
            }
        } finally {
            System.setErr(saved);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    }

    @Test
    void everySubcommandPrintsTheVersion() {
        CliRun top = CliRun.of("--version");
        CliRun ingest = CliRun.of("ingest", "--version");
        CliRun bench = CliRun.of("bench", "ingest", "--version");
        assertThat(top.out().strip()).as("the version the build stamped").matches("precis \\d+\\.\\d+\\.\\d+\\S*");
        assertThat(ingest.out()).isEqualTo(top.out());
        assertThat(bench.out()).isEqualTo(top.out());
    }

    @Test
    void aCommandLineBuiltForOneSubcommandDescribesItAsTheFullOneDoes() {
        picocli.CommandLine full = PrecisCli.commandLine();
        for (var e : full.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue;
            }
            picocli.CommandLine one = PrecisCli.commandLine(e.getKey(), "--help");
            assertThat(one.getSubcommands().keySet()).as(e.getKey()).containsOnly(e.getKey());
            picocli.CommandLine sub = one.getSubcommands().get(e.getKey());
            // the usage lists every option, parameter and nested command with its text, so equal usages mean equal commands
            assertThat(sub.getUsageMessage()).as(e.getKey()).isEqualTo(e.getValue().getUsageMessage());
            assertThat(sub.getCommandSpec().qualifiedName()).isEqualTo("precis " + e.getKey());
        }
        // no subcommand first: the full command line, with every subcommand (a wrong name is told its near misses)
        assertThat(PrecisCli.commandLine("ingets").getSubcommands().keySet()).isEqualTo(full.getSubcommands().keySet());
        assertThat(PrecisCli.commandLine("help", "ingest").getSubcommands().keySet()).isEqualTo(full.getSubcommands().keySet());
        assertThat(PrecisCli.commandLine().getSubcommands().keySet()).isEqualTo(full.getSubcommands().keySet());
        CliRun wrong = CliRun.of("ingest", "--no-such-option");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("see 'precis ingest --help'");
    }

    @Test
    void everyOptionAndParameterHasHelpText() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        check(PrecisCli.commandLine(), missing);
        assertThat(missing).isEmpty();
    }

    private static void check(picocli.CommandLine cl, java.util.List<String> missing) {
        var spec = cl.getCommandSpec();
        spec.options().stream().filter(o -> String.join("", o.description()).isBlank())
                .forEach(o -> missing.add(spec.qualifiedName() + " " + o.longestName()));
        spec.positionalParameters().stream().filter(p -> String.join("", p.description()).isBlank())
                .forEach(p -> missing.add(spec.qualifiedName() + " " + p.paramLabel()));
        cl.getSubcommands().values().stream().filter(s -> s != cl).forEach(s -> check(s, missing));
    }

    @Test
    void storiesPageLineSaysHowManyThereAre() {
        assertThat(StoriesCommand.pageLine(213, 2, 50, 50)).isEqualTo("stories 51–100 of 213 (of at least 2 articles); next page: --offset 100");
        assertThat(StoriesCommand.pageLine(213, 2, 200, 13)).isEqualTo("stories 201–213 of 213 (of at least 2 articles)");
        assertThat(StoriesCommand.pageLine(0, 2, 0, 0)).isEqualTo("no stories of 0 (of at least 2 articles)");
    }

    @Test
    void environmentGivesTheDefaultsAndThePassword() {
        LibraryOptions o = new LibraryOptions();
        Map<String, String> env = Map.of("PRECIS_DATA", dir.toString(), "PRECIS_DB", "jdbc:postgresql://127.0.0.1/precis?user=p",
                "PRECIS_DB_PASSWORD", "s3cret");
        o.environment = env::get;
        LibraryConfig c = o.config();
        assertThat(c.dataDir()).isEqualTo(dir);
        assertThat(c.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1/precis?user=p");
        assertThat(c.password()).isEqualTo("s3cret");
        assertThat(c.toString()).doesNotContain("s3cret");

        o.data = dir.resolve("flag");
        o.db = "jdbc:postgresql://127.0.0.1/other";
        assertThat(o.config().dataDir()).isEqualTo(dir.resolve("flag"));
        assertThat(o.config().jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1/other");
    }

    @Test
    void progressIsPlainLinesWhenNotOnATerminal() {
        StringWriter log = new StringWriter();
        IngestCommand.ProgressBar bar = new IngestCommand.ProgressBar(new PrintWriter(log, true), false);
        for (int i = 1; i <= 5; i++) {
            bar.update(new IngestProgress(i, 10, i, 0, i * 1_000_000_000L));
        }
        bar.finish();
        assertThat(log.toString()).doesNotContain("\r");

        StringWriter tty = new StringWriter();
        IngestCommand.ProgressBar drawn = new IngestCommand.ProgressBar(new PrintWriter(tty, true), true);
        drawn.update(new IngestProgress(10, 10, 10, 0, 1_000_000_000L));
        assertThat(tty.toString()).startsWith("\r[");
    }

    @Test
    void analyzeTextListsQuotesBeforeTheEntities() {
        CliRun run = withStdin("Anna Kessel met Pavel Droz in Valletta on Monday. \"It was a first step,\" Kessel said. "
                + "Kessel and Droz will meet again in Valletta.", "analyze", "--published", "2024-03-10", "-");
        assertThat(run.exitCode()).as(run.err()).isZero();
        java.util.List<String> lines = run.out().lines().toList();
        int firstQuote = lines.indexOf(lines.stream().filter(l -> l.startsWith("quote ")).findFirst().orElseThrow());
        int firstEntity = lines.indexOf(lines.stream().filter(l -> l.startsWith("entity ")).findFirst().orElseThrow());
        assertThat(firstQuote).isLessThan(firstEntity);
        String out = run.out();
        long kesselLines = out.lines().filter(l -> l.startsWith("entity") && l.contains("Kessel")).count();
        assertThat(kesselLines).isEqualTo(1);
    }
}
