package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged release (target/precis-VERSION.tar.gz, made by {@code ./mvnw package}): untarred into
 * one directory, run from another with nothing but a JDK on the PATH (no Maven, no source tree, an
 * empty HOME), it summarizes a file and reports the build's version.
 */
class ReleaseTarballIT {

    @TempDir
    Path install;
    @TempDir
    Path work;

    @Test
    void theTarballInstallsAndSummarizesFromAnotherDirectory() throws Exception {
        String release = System.getProperty("precis.release");
        String version = System.getProperty("precis.version");
        Assumptions.assumeTrue(release != null && Files.isRegularFile(Path.of(release)),
                "no release tarball (run through Maven: ./mvnw verify -pl precis-cli -am)");
        assertThat(run(install, List.of("tar", "xzf", release), Map.of()).exit).isZero();
        Path home = install.resolve("precis-" + version);
        assertThat(home.resolve("bin/precis")).isExecutable();
        assertThat(home.resolve("lib/precis.jar")).isRegularFile();
        assertThat(home.resolve("systemd/precis.service")).content().contains("ExecStart=").contains("precis serve");
        assertThat(home.resolve("licenses/DEPENDENCIES.txt")).content().contains("org.eclipse.jetty:jetty-server");
        List<Path> notices;
        try (Stream<Path> files = Files.walk(home.resolve("licenses"))) {
            notices = files.filter(p -> p.getFileName().toString().startsWith("NOTICE")).toList();
        }
        // one folder per dependency that ships a NOTICE, e.g. Lucene's and Jackson's
        assertThat(notices.stream().map(p -> home.relativize(p).toString()))
                .anyMatch(n -> n.startsWith("licenses/lucene-core-")).anyMatch(n -> n.startsWith("licenses/jackson-databind-"));
        // and precis.jar's merged META-INF/NOTICE carries each of them (its first line at least)
        String merged = mergedNotice(home.resolve("lib/precis.jar"));
        for (Path notice : notices) {
            String first = Files.readAllLines(notice, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.matches("=+")).findFirst().orElse("");
            assertThat(merged).as("precis.jar's NOTICE keeps " + home.relativize(notice)).contains(first);
        }

        Path article = Files.copy(Path.of(System.getProperty("user.dir")).resolveSibling("examples/harbour-bridge.txt"),
                work.resolve("article.txt"));
        String java = Path.of(System.getProperty("java.home"), "bin").toString();
        Map<String, String> env = Map.of("PATH", java + ":/usr/bin:/bin", "HOME", work.toString());
        Result version1 = run(work, List.of(home.resolve("bin/precis").toString(), "--version"), env);
        assertThat(version1.exit).isZero();
        assertThat(version1.out.strip()).isEqualTo("precis " + version);
        Result sub = run(work, List.of(home.resolve("bin/precis").toString(), "summarize", "--version"), env);
        assertThat(sub.out.strip()).isEqualTo("precis " + version);

        Result summary = run(work, List.of(home.resolve("bin/precis").toString(), "summarize", "article.txt"), env);
        assertThat(summary.exit).as(summary.err).isZero();
        String text = Files.readString(article, StandardCharsets.UTF_8);
        List<String> lines = summary.out.lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).isNotEmpty();
        // the summary is extractive: each of its sentences comes from the article
        assertThat(lines).anyMatch(l -> l.length() > 40 && text.contains(l.strip().replaceFirst("^[-*•]\\s*", "")));
    }

    @Test
    void theProductJarLeavesOutTheDevelopmentTools() throws IOException {
        String release = System.getProperty("precis.release");
        Assumptions.assumeTrue(release != null, "run through Maven");
        Path jar = Path.of(release).resolveSibling("precis.jar");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> names = new ArrayList<>();
            zip.stream().forEach(e -> names.add(e.getName()));
            assertThat(names).contains("dev/precis/cli/PrecisCli.class")
                    .noneMatch(n -> n.startsWith("net/dankito/")).noneMatch(n -> n.startsWith("dev/precis/lab/"));
        }
    }

    private static String mergedNotice(Path jar) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (String name : List.of("META-INF/NOTICE", "META-INF/NOTICE.txt", "META-INF/NOTICE.md")) {
                if (zip.getEntry(name) != null) {
                    all.append(new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return all.toString();
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(Path dir, List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        if (!env.isEmpty()) {
            pb.environment().clear();
            pb.environment().putAll(env);
        }
        Path out = Files.createTempFile("precis-release", ".out");
        Path err = Files.createTempFile("precis-release", ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }
}
