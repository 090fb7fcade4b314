package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.eval.stories.EventArticle;
import dev.precis.store.ArticleRef;
import dev.precis.store.ArticleView;
import dev.precis.store.Library;
import dev.precis.store.StoryInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The library {@code eval stories --library DIR} keeps: its events file, the manifest that names the set it was
 * filled from (and whether its ingest finished), the check a reuse run passes before it opens anything, and the
 * mapping of stored articles and their copies back to the set's ids. Stateless.
 */
final class KeptEvalLibrary {

    private KeptEvalLibrary() {
    }

    /** The file beside events.jsonl that names the set a kept library was filled from and whether its ingest finished. */
    static final String MANIFEST = "eval-set.properties";

    static void write(List<EventArticle> set, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(lines(set));
        }
    }

    /** The set as events JSONL, one line per article in the set's order. */
    static String lines(List<EventArticle> set) throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder b = new StringBuilder();
        for (EventArticle a : set) {
            ObjectNode n = json.createObjectNode();
            n.put("id", a.id()).put("event", a.event()).put("title", a.title()).put("text", a.text());
            if (a.url() != null) {
                n.put("url", a.url());
            }
            if (a.published() != null) {
                n.put("published", a.published());
            }
            b.append(json.writeValueAsString(n)).append(System.lineSeparator());
        }
        return b.toString();
    }

    /** Writes the manifest; {@code complete} is true only once the ingest has finished. */
    static void writeManifest(Path dir, Map<String, String> manifest, boolean complete) throws IOException {
        StringBuilder b = new StringBuilder("# eval stories: the set this library was filled from\n");
        manifest.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        b.append("complete=").append(complete).append('\n');
        Path tmp = dir.resolve(MANIFEST + ".tmp");
        Files.writeString(tmp, b, StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Refuses, with a one-line error naming the folder and what differs, a kept library whose manifest is missing,
     * says its ingest did not finish, or names another set than this run's options do.
     */
    static void checkManifest(Path dir, Map<String, String> wanted) throws IOException {
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("--library " + dir + " holds no " + MANIFEST + " (kept by an older run, or by one stopped"
                    + " before it wrote events.jsonl): cannot tell which set it holds; give a new or empty folder");
        }
        Properties kept = new Properties();
        try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            kept.load(r);
        }
        if (!"true".equals(kept.getProperty("complete"))) {
            throw new UserInputException("--library " + dir + " was left by a run whose ingest did not finish (" + MANIFEST
                    + " complete=" + kept.getProperty("complete") + "): give a new or empty folder");
        }
        List<String> differs = new ArrayList<>();
        wanted.forEach((k, v) -> {
            String was = kept.getProperty(k);
            if (!"set-sha256".equals(k) && !v.equals(was)) {
                differs.add(k + " " + (was == null || was.isEmpty() ? "(none)" : was) + ", this run " + (v.isEmpty() ? "(none)" : v));
            }
        });
        if (differs.isEmpty() && !wanted.get("set-sha256").equals(kept.getProperty("set-sha256"))) {
            differs.add("the set read from the sources is not the one it was filled from (set-sha256 " + abbrev(kept.getProperty("set-sha256"))
                    + ", this run " + abbrev(wanted.get("set-sha256")) + ")");
        }
        if (!differs.isEmpty()) {
            throw new UserInputException("--library " + dir + " was filled from another set: " + String.join("; ", differs)
                    + " (reuse it with the options that filled it, or give a new or empty folder)");
        }
    }

    private static String abbrev(String hash) {
        return hash == null ? "(none)" : hash.substring(0, Math.min(12, hash.length()));
    }

    /**
     * Whether {@code dir} holds a library an earlier run kept (its events.jsonl and library folder): that one is
     * reused (after {@link #checkManifest}; a folder holding only a manifest is one whose ingest was stopped). A missing
     * or empty folder starts fresh; any other folder is refused rather than written into.
     */
    static boolean kept(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return false;
        }
        if (!Files.isDirectory(dir)) {
            throw new UserInputException("--library " + dir + " is a file, not a folder");
        }
        if (Files.isRegularFile(dir.resolve(MANIFEST))
                || Files.isRegularFile(dir.resolve("events.jsonl")) && Files.isDirectory(dir.resolve("library"))) {
            return true;
        }
        try (Stream<Path> files = Files.list(dir)) {
            if (files.findAny().isEmpty()) {
                return false;
            }
        }
        throw new UserInputException("--library " + dir + " is not empty and holds no library kept by eval stories"
                + " (events.jsonl and library/): give a new or empty folder");
    }

    /**
     * Library article id to the set ids it stands for: its own and its copies'. A copy's origin is FILE:LINE with
     * FILE the events file as the ingest was given it — the path of the run that filled the library, which a reused
     * library (moved, or named from another folder or by a relative path) need not share — so the copy is matched by
     * the file's name and its line, the library holding that one file only.
     */
    static Map<Long, List<String>> members(Library lib, List<EventArticle> set, Path jsonl) throws IOException {
        Map<Long, List<String>> out = new HashMap<>();
        String name = jsonl.getFileName().toString();
        for (StoryInfo s : lib.stories(1, Integer.MAX_VALUE)) {
            for (ArticleRef ref : lib.story(s.id()).orElseThrow().articles()) {
                ArticleView v = lib.article(ref.id()).orElseThrow();
                List<String> ids = out.computeIfAbsent(ref.id(), x -> new ArrayList<>());
                ids.add(v.article().id());
                for (String copy : v.copies()) {
                    int line = copyLine(copy, name);
                    if (line < 1 || line > set.size()) {
                        throw new UserInputException("the kept library's copy \"" + copy + "\" names no line of " + jsonl);
                    }
                    ids.add(set.get(line - 1).id());
                }
            }
        }
        return out;
    }

    /**
     * The line of the events file {@code name} a stored copy ("kind: FILE:LINE", as {@link ArticleView#copies()}
     * gives it) names, whatever folder FILE was in; -1 when it names another file or no line.
     */
    static int copyLine(String copy, String name) {
        int kind = copy.indexOf(": ");
        String origin = kind >= 0 ? copy.substring(kind + 2).trim() : copy.trim();
        int colon = origin.lastIndexOf(':');
        if (colon < 0) {
            return -1;
        }
        String file = origin.substring(0, colon);
        if (!file.equals(name) && !file.endsWith("/" + name) && !file.endsWith(java.io.File.separator + name)) {
            return -1;
        }
        try {
            return Integer.parseInt(origin.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
