package dev.precis.eval.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Readers of story evaluation sets: the events JSONL format, SemEval-2022 Task 8 pairs turned into
 * events, and the project's own BBC politics gold. Stateless.
 */
public final class EventSets {

    /** A SemEval pair at or below this Overall score (1 = same event, 4 = unrelated) links its two articles. */
    public static final double SEMEVAL_SAME = 1.5;
    /** A pair at or above this score keeps its articles apart; pairs in between are left out as unsure. */
    public static final double SEMEVAL_DIFFERENT = 2.5;

    /** The language that reads every SemEval pair whose two articles are in one language. */
    public static final String ALL_LANGUAGES = "all";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventSets() {
    }

    /** Lines {@code {"id","event","title","text","url"?,"published"?}}; a bad line fails with its number. */
    public static List<EventArticle> readEvents(Path file) throws IOException {
        List<EventArticle> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            JsonNode n;
            try {
                n = JSON.readTree(lines.get(i));
            } catch (IOException e) {
                throw new IOException(where + ": not JSON");
            }
            String id = text(n, "id");
            String event = text(n, "event");
            String body = text(n, "text");
            if (id == null || event == null || body == null) {
                throw new IOException(where + ": needs \"id\", \"event\" and \"text\"");
            }
            if (!ids.add(id)) {
                throw new IOException(where + ": id " + id + " appears twice");
            }
            out.add(new EventArticle(id, event, text(n, "title"), body, text(n, "url"), text(n, "published")));
        }
        return out;
    }

    /**
     * English, human-written SemEval-2022 Task 8 pairs of one split ({@code training_set},
     * {@code testing_set}, or null for both) as events: pairs scored at most {@link #SEMEVAL_SAME} join
     * their articles into one event (transitively), pairs scored at least {@link #SEMEVAL_DIFFERENT} add
     * their articles as they are, and unsure pairs in between are left out. The headline is the text up
     * to the first double space.
     */
    public static List<EventArticle> readSemEval(Path file, String split) throws IOException {
        return readSemEval(file, split, "en");
    }

    /**
     * {@link #readSemEval(Path, String)} for the pairs whose two articles are both in {@code language}
     * (an ISO 639-1 code as the file writes it: en, de, es, fr, it, pl, ru, tr, ar, zh), or {@value #ALL_LANGUAGES}: the
     * pairs whose two articles are in one language, whichever (a library of many languages' news; the pairs across
     * two languages are left out, as no grouping here reads across languages).
     */
    public static List<EventArticle> readSemEval(Path file, String split, String language) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> parent = new HashMap<>();
        for (SemEvalPair p : semEvalPairs(file, split, language)) {
            texts.putIfAbsent(p.a(), p.textA());
            texts.putIfAbsent(p.b(), p.textB());
            parent.putIfAbsent(p.a(), p.a());
            parent.putIfAbsent(p.b(), p.b());
            if (p.same()) {
                parent.put(root(parent, p.a()), root(parent, p.b()));
            }
        }
        List<EventArticle> out = new ArrayList<>();
        texts.forEach((id, t) -> {
            int cut = t.indexOf("  ");
            String title = cut > 0 && cut < 300 ? t.substring(0, cut).strip() : "";
            String body = cut > 0 && cut < 300 ? t.substring(cut).strip() : t;
            out.add(new EventArticle(id, "semeval-" + root(parent, id), title, body, null, null));
        });
        return out;
    }

    /**
     * A judged SemEval pair: its two article ids and texts, and whether the judges saw one event (Overall at most
     * {@link #SEMEVAL_SAME}; the other pairs scored at least {@link #SEMEVAL_DIFFERENT}).
     */
    public record SemEvalPair(String a, String b, String textA, String textB, boolean same) {
    }

    /**
     * The judged pairs {@link #readSemEval(Path, String, String)} makes events of, in file order: human-written, both
     * articles in {@code language}, of {@code split} (null: both), Overall sure either way, each pair id once.
     */
    public static List<SemEvalPair> semEvalPairs(Path file, String split, String language) throws IOException {
        List<SemEvalPair> out = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = JSON.readTree(line);
                } catch (IOException e) {
                    throw new IOException(file + ":" + number + ": not JSON");
                }
                if (!inLanguage(n, language) || n.path("machine_translated").asBoolean(false)
                        || (split != null && !split.equals(text(n, "file"))) || !pairs.add(text(n, "pair_id"))) {
                    continue;
                }
                double overall = n.path("Overall").asDouble(Double.NaN);
                if (!(overall <= SEMEVAL_SAME || overall >= SEMEVAL_DIFFERENT)) {
                    continue;
                }
                String[] ids = text(n, "pair_id").split("_");
                if (ids.length != 2) {
                    throw new IOException(file + ":" + number + ": pair_id is not two ids joined by _");
                }
                out.add(new SemEvalPair(ids[0], ids[1], text(n, "text1"), text(n, "text2"), overall <= SEMEVAL_SAME));
            }
        }
        return out;
    }

    /** Whether both articles of a SemEval line are in {@code language}, or ({@value #ALL_LANGUAGES}) in one language, any. */
    private static boolean inLanguage(JsonNode n, String language) {
        String one = text(n, "lang1");
        return one != null && one.equals(text(n, "lang2")) && (ALL_LANGUAGES.equals(language) || language.equals(one));
    }

    /**
     * The BBC politics articles named in a gold file (lines {@code id<TAB>event}, {@code #} comments),
     * read from {@code dir/<id>.txt} (first line the headline).
     */
    public static List<EventArticle> readBbc(Path gold, Path dir) throws IOException {
        try (InputStream in = Files.newInputStream(gold)) {
            return readBbc(in, gold.toString(), dir);
        }
    }

    /** The project's own gold for BBC politics, shipped with this module. */
    public static List<EventArticle> readBbc(Path dir) throws IOException {
        try (InputStream in = EventSets.class.getResourceAsStream("bbc-politics-gold.tsv")) {
            return readBbc(in, "bbc-politics-gold.tsv", dir);
        }
    }

    private static List<EventArticle> readBbc(InputStream gold, String name, Path dir) throws IOException {
        List<EventArticle> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(gold, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IOException(name + ":" + number + ": expected id<TAB>event");
            }
            Path p = dir.resolve(f[0] + ".txt");
            if (!Files.isRegularFile(p)) {
                throw new IOException(p + ": no such article (named in " + name + ":" + number + ")");
            }
            String all = decode(Files.readAllBytes(p)).replace("\r", "");
            int nl = all.indexOf('\n');
            String title = nl < 0 ? all.strip() : all.substring(0, nl).strip();
            String body = nl < 0 ? "" : all.substring(nl).strip();
            out.add(new EventArticle("bbc-politics-" + f[0], f[1], title, body, null, null));
        }
        return out;
    }

    /**
     * Development variants of a set, for the shape of sets where events have several reports and only
     * some carry a date: {@code dropDates} "half" removes the publication date of every second article
     * in the set's order (the 2nd, 4th, …; fixed, so runs compare), "all" of every article, "none"
     * keeps them; {@code multiOnly} keeps only the articles of events with two or more.
     */
    public static List<EventArticle> variant(List<EventArticle> set, String dropDates, boolean multiOnly) {
        if (!List.of("none", "half", "all").contains(dropDates)) {
            throw new IllegalArgumentException("dates to drop must be none, half or all, got " + dropDates);
        }
        Map<String, Integer> sizes = new HashMap<>();
        set.forEach(a -> sizes.merge(a.event(), 1, Integer::sum));
        List<EventArticle> out = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            EventArticle a = set.get(i);
            if (multiOnly && sizes.get(a.event()) < 2) {
                continue;
            }
            boolean drop = "all".equals(dropDates) || ("half".equals(dropDates) && i % 2 == 1);
            out.add(drop ? new EventArticle(a.id(), a.event(), a.title(), a.text(), a.url(), null) : a);
        }
        return out;
    }

    /**
     * The set with made-up publication dates, for sets that carry none (SemEval, the BBC gold), in the
     * shape of a many-outlet archive: every event gets a day drawn (fixed by {@code seed}) across
     * {@code spanDays} days from 2012-01-01, and each of its articles that day or up to two days later
     * (events are reported within days). Articles keep any date they have. A development view only: the
     * gold decides the dates, so it measures what a time factor can gain when reports of one event are
     * days apart and events spread over the span, not whether real reports are.
     */
    public static List<EventArticle> withEventDates(List<EventArticle> set, int spanDays, long seed) {
        if (spanDays < 1) {
            throw new IllegalArgumentException("the span of made-up dates must be at least one day, got " + spanDays);
        }
        Random random = new Random(seed);
        Map<String, Long> eventDay = new LinkedHashMap<>();
        LocalDate start = LocalDate.of(2012, 1, 1);
        List<EventArticle> out = new ArrayList<>();
        for (EventArticle a : set) {
            long day = eventDay.computeIfAbsent(a.event(), e -> (long) random.nextInt(spanDays));
            String date = a.published() != null ? a.published() : start.plusDays(day + random.nextInt(3)).toString();
            out.add(new EventArticle(a.id(), a.event(), a.title(), a.text(), a.url(), date));
        }
        return out;
    }

    /**
     * The set in another order, fixed by {@code seed} (the same seed gives the same order in every run):
     * a library groups articles as they come, so the order a set is ingested in is part of what a
     * figure measures.
     */
    public static List<EventArticle> shuffled(List<EventArticle> set, long seed) {
        List<EventArticle> out = new ArrayList<>(set);
        Collections.shuffle(out, new Random(seed));
        return out;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static String root(Map<String, String> parent, String id) {
        String p = id;
        while (!parent.get(p).equals(p)) {
            p = parent.get(p);
        }
        return p;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
