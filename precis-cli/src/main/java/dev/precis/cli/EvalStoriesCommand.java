package dev.precis.cli;

import dev.precis.eval.stories.BCubed;
import dev.precis.eval.stories.EventArticle;
import dev.precis.eval.stories.EventSets;
import dev.precis.eval.stories.NaiveSingleLink;
import dev.precis.eval.stories.PairDisagreements;
import dev.precis.pipeline.ShippedModels;
import dev.precis.encoder.MeaningVectors;
import dev.precis.store.ArticleRef;
import dev.precis.store.Library;
import dev.precis.store.StoryInfo;
import dev.precis.store.StoryParams;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code precis eval stories}: ingests a labelled set into a fresh library through the ordinary ingest
 * path and scores the library's stories with B-cubed against the events, beside two baselines (every
 * article alone; TF-IDF cosine single-link at 0.3), with the worst split and merged events.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "B-cubed of the stories against gold events: --events JSONL, --semeval pairs and/or the BBC politics gold.")
final class EvalStoriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--events", paramLabel = "FILE", description = "Lines {\"id\",\"event\",\"title\",\"text\",\"url\"?,\"published\"?}.")
    Path events;

    @Option(names = "--semeval", paramLabel = "FILE", description = "SemEval-2022 Task 8 pairs (the pairs in --lang become events).")
    Path semeval;

    @Option(names = "--split", defaultValue = "all", description = "SemEval split: training_set, testing_set or all (default ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--lang", defaultValue = "en", description = "SemEval: the language both articles of a pair are in"
            + " (en, de, es, fr, it, pl, ru, tr, ar, zh, or all: every pair in one language; default ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--bbc", paramLabel = "DIR", description = "BBC politics folder, scored against the project's gold (or --bbc-gold).")
    Path bbc;

    @Option(names = "--bbc-gold", paramLabel = "FILE", description = "Gold for --bbc: lines id<TAB>event.")
    Path bbcGold;

    @Option(names = "--drop-dates", paramLabel = "none|half|all", defaultValue = "none",
            description = "Remove the publication date of every second article of the set (half) or of all (default ${DEFAULT-VALUE}).")
    String dropDates;

    @Option(names = "--event-dates", paramLabel = "DAYS",
            description = "Development view for sets without dates: give every event a made-up day across DAYS days from 2012-01-01"
                    + " and its articles that day or up to two days later (before --drop-dates).")
    Integer eventDates;

    @Option(names = "--event-dates-seed", defaultValue = "15", description = "Seed of the made-up dates (default ${DEFAULT-VALUE}).")
    long eventDatesSeed;

    @Option(names = "--multi-only", description = "Keep only the articles of events with two or more articles.")
    boolean multiOnly;

    @Option(names = "--shuffle", paramLabel = "SEED", split = ",",
            description = "Ingest the set in an order shuffled with this seed (fixed: the same seed, the same order) instead of the set's own;"
                    + " several seeds: one ingest per order, then the mean F1 over the orders.")
    List<Long> shuffle;

    /** The order of the run under way: the seed it is shuffled with (null: the set's own). */
    private Long seed;

    @Option(names = "--write-events", paramLabel = "FILE", description = "Also write the set as events JSONL.")
    Path writeEvents;

    @Option(names = "--show", defaultValue = "8", description = "Split and merged events to list (default ${DEFAULT-VALUE}).")
    int show;

    @Option(names = "--pairs", defaultValue = "0",
            description = "Also list up to N article pairs the naive single-link gets right and the stories wrong, and the reverse (default ${DEFAULT-VALUE}).")
    int pairs;

    @Option(names = "--threads", description = "Ingest worker threads (default: number of cores + 1).")
    Integer threads;

    @Option(names = "--library", paramLabel = "DIR",
            description = "Keep the evaluation library in DIR instead of a temporary one; a DIR an earlier run kept is reused"
                    + " (scored against its own events.jsonl, with the figures of the run that filled it) when this run names the same set"
                    + " (sources and their content, --split, --lang, --shuffle, --drop-dates, --event-dates, --multi-only) and that run's"
                    + " ingest finished; otherwise a one-line error.")
    Path keep;

    @Option(names = "--no-meaning", description = "Group by words and names only: no meaning vectors from the sentence encoder.")
    boolean noMeaning;

    @Option(names = "--meaning-encoder", paramLabel = "NAME", defaultValue = MeaningVectors.DEFAULT_ENCODER,
            description = "Encoder of the meaning vectors: static (default) or minilm.")
    String meaningEncoder;

    @Option(names = "--tune", paramLabel = "NAME=V1,V2,..",
            description = "Also regroup the ingested articles under every combination of these story parameters; repeatable.")
    List<String> tune = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<Long> seeds = shuffle == null ? Collections.singletonList(null) : shuffle;
        if (seeds.size() > 1 && (keep != null || !tune.isEmpty())) {
            throw new UserInputException("several --shuffle seeds ingest one library per order: give them without --library and --tune");
        }
        PrintWriter out = spec.commandLine().getOut();
        // Precis and the naive baseline, all articles and multi-article events: the F1 summed over the orders
        double[] sum = new double[4];
        for (Long s : seeds) {
            seed = s;
            if (seeds.size() > 1) {
                out.println("order shuffled with seed " + s + ":");
            }
            double[] f1 = once(out);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += f1[i];
            }
        }
        if (seeds.size() > 1) {
            int n = seeds.size();
            out.printf(Locale.ROOT, "mean over %d orders: Precis stories F1 %.3f (multi-article events %.3f), TF-IDF cosine single-link 0.3 F1 %.3f (%.3f)%n",
                    n, sum[0] / n, sum[1] / n, sum[2] / n, sum[3] / n);
        }
        out.flush();
        return 0;
    }

    /** One ingest of the set in the order of {@link #seed} and its scores; returns Precis's and the naive F1, all and multi-article. */
    private double[] once(PrintWriter out) throws Exception {
        double[] f1 = new double[4];
        boolean reuse = keep != null && KeptEvalLibrary.kept(keep);
        Path dir = keep != null ? keep : Files.createTempDirectory("precis-eval-stories");
        Path jsonl = dir.resolve("events.jsonl");
        // the set this run names and the options that decide it: a kept library is reused only when they are
        // those of the run that filled it and that run's ingest finished (its manifest says so)
        List<EventArticle> named = load();
        Map<String, String> manifest = manifest(named);
        if (reuse) {
            KeptEvalLibrary.checkManifest(dir, manifest);
        }
        // a kept library was ingested from its own events.jsonl, in the order of that run (its --shuffle
        // seed): its copies name lines of that file, so the set is read back from it, not shuffled anew
        List<EventArticle> set = reuse ? EventSets.readEvents(jsonl) : named;
        if (set.isEmpty()) {
            throw new UserInputException("the evaluation set is empty");
        }
        Map<String, String> gold = new HashMap<>();
        set.forEach(a -> gold.put(a.id(), a.event()));
        List<StoryParams> grid = grid();
        try {
            Files.createDirectories(dir);
            if (!reuse) {
                KeptEvalLibrary.writeManifest(dir, manifest, false);
                KeptEvalLibrary.write(set, jsonl);
            }
            if (writeEvents != null) {
                KeptEvalLibrary.write(set, writeEvents);
            }
            long t0 = System.nanoTime();
            LibraryOptions target = new LibraryOptions();
            target.data = dir.resolve("library");
            MeaningOptions meaning = new MeaningOptions();
            meaning.noMeaning = noMeaning;
            meaning.meaningEncoder = meaningEncoder;
            try (Library lib = target.open(meaning)) {
                if (!reuse) {
                    IngestCommand.run(lib, ShippedModels.loadInBackground(), List.of(jsonl.toString()), "events", threads, 20, null, null);
                    KeptEvalLibrary.writeManifest(dir, manifest, true);
                }
                Map<Long, List<String>> members = KeptEvalLibrary.members(lib, set, jsonl);
                Map<String, String> stories = new HashMap<>();
                for (StoryInfo s : lib.stories(1, Integer.MAX_VALUE)) {
                    for (ArticleRef ref : lib.story(s.id()).orElseThrow().articles()) {
                        members.getOrDefault(ref.id(), List.of()).forEach(ext -> stories.put(ext, Long.toString(s.id())));
                    }
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                out.printf(Locale.ROOT, "%d articles, %d events (%s %.1f s)%n", set.size(),
                        gold.values().stream().distinct().count(), reuse ? "library reused," : "ingest and grouping", seconds);
                BCubed.Result precis = BCubed.score(gold, stories);
                Map<String, String> naive = NaiveSingleLink.cluster(set, 0.3);
                Map<String, String> alone = NaiveSingleLink.alone(set);
                line(out, "Precis stories", precis);
                line(out, "TF-IDF cosine single-link 0.3", BCubed.score(gold, naive));
                line(out, "every article alone", BCubed.score(gold, alone));
                out.println("only the articles of events with two or more (merges with lone articles still count):");
                line(out, "Precis stories", BCubed.score(gold, stories, true));
                line(out, "TF-IDF cosine single-link 0.3", BCubed.score(gold, naive, true));
                line(out, "every article alone", BCubed.score(gold, alone, true));
                f1[0] = precis.f1();
                f1[1] = BCubed.score(gold, stories, true).f1();
                f1[2] = BCubed.score(gold, naive).f1();
                f1[3] = BCubed.score(gold, naive, true).f1();
                errors(out, precis, set);
                if (show > 0) {
                    out.println("TF-IDF cosine single-link 0.3:");
                    errors(out, BCubed.score(gold, naive), set);
                }
                if (pairs > 0) {
                    double[][] sim = NaiveSingleLink.similarities(set);
                    PairDisagreements.print(out, "naive right, Precis wrong", PairDisagreements.wins(set, naive, stories, sim), set, pairs);
                    PairDisagreements.print(out, "Precis right, naive wrong", PairDisagreements.wins(set, stories, naive, sim), set, pairs);
                }
                for (StoryParams p : grid) {
                    Map<String, String> regrouped = new HashMap<>();
                    lib.regroupStories(p).forEach((id, story) ->
                            members.getOrDefault(id, List.of()).forEach(ext -> regrouped.put(ext, Long.toString(story))));
                    BCubed.Result all = BCubed.score(gold, regrouped);
                    BCubed.Result multi = BCubed.score(gold, regrouped, true);
                    out.printf(Locale.ROOT, "%s  F1 %.3f (P %.3f R %.3f)  multi-article events F1 %.3f (P %.3f R %.3f)%n", p,
                            all.f1(), all.precision(), all.recall(), multi.f1(), multi.precision(), multi.recall());
                }
            }
        } finally {
            if (keep == null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        out.flush();
        return f1;
    }

    private List<EventArticle> load() throws IOException {
        int given = (events != null ? 1 : 0) + (semeval != null ? 1 : 0) + (bbc != null ? 1 : 0);
        if (given == 0) {
            throw new UserInputException("give --events FILE, --semeval FILE or --bbc DIR (several: one set of all their articles)");
        }
        for (Path f : new Path[] {events, semeval}) {
            if (f != null) {
                InputFile.require(f);
            }
        }
        if (bbc != null) {
            InputFile.requireFolder(bbc);
        }
        if (!List.of("training_set", "testing_set", "all").contains(split)) {
            throw new UserInputException("--split must be training_set, testing_set or all, got " + split);
        }
        if (!List.of("none", "half", "all").contains(dropDates)) {
            throw new UserInputException("--drop-dates must be none, half or all, got " + dropDates);
        }
        // several sources make one set (events, then SemEval, then BBC): a library of several desks'
        // events, where one desk's running issue sits among unrelated news, as in a many-outlet feed
        List<EventArticle> set = new ArrayList<>();
        try {
            if (events != null) {
                set.addAll(EventSets.readEvents(events));
            }
            if (semeval != null) {
                set.addAll(EventSets.readSemEval(semeval, "all".equals(split) ? null : split, lang));
            }
            if (bbc != null) {
                set.addAll(bbcGold != null ? EventSets.readBbc(bbcGold, bbc) : EventSets.readBbc(bbc));
            }
        } catch (IOException e) {
            throw new UserInputException(InputFile.problem(e, events, semeval, bbcGold), e);
        }
        Set<String> ids = new HashSet<>();
        for (EventArticle a : set) {
            if (!ids.add(a.id())) {
                throw new UserInputException("article id " + a.id() + " is in more than one of the sets given");
            }
        }
        if (eventDates != null) {
            try {
                set = EventSets.withEventDates(set, eventDates, eventDatesSeed);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--event-dates: " + e.getMessage());
            }
        }
        List<EventArticle> v = EventSets.variant(set, dropDates, multiOnly);
        return seed == null ? v : EventSets.shuffled(v, seed);
    }

    /**
     * The options that decide the set and its order, and a SHA-256 of the set as events JSONL (the sources'
     * content after --split, --lang, --shuffle and the rest), and the meaning vectors the ingest stored (--no-meaning,
     * --meaning-encoder): what a reuse run must share with the run that filled the library. Options that change only what is printed (--show, --pairs, --tune, --threads) are not in it.
     */
    private Map<String, String> manifest(List<EventArticle> set) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        List<String> sources = new ArrayList<>();
        if (events != null) {
            sources.add("--events");
        }
        if (semeval != null) {
            sources.add("--semeval");
        }
        if (bbc != null) {
            sources.add(bbcGold != null ? "--bbc --bbc-gold" : "--bbc");
        }
        m.put("sources", String.join(" ", sources));
        m.put("split", split);
        m.put("lang", lang);
        m.put("shuffle", seed == null ? "none" : seed.toString());
        m.put("drop-dates", dropDates);
        m.put("event-dates", eventDates == null ? "none" : eventDates + " seed " + eventDatesSeed);
        m.put("multi-only", Boolean.toString(multiOnly));
        // the meaning vectors are stored with the articles: a library filled without them (or by another
        // encoder) groups by other evidence, so it stands for another run
        m.put("meaning", noMeaning ? "none" : meaningEncoder);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(KeptEvalLibrary.lines(set).getBytes(StandardCharsets.UTF_8));
            m.put("set-sha256", HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    /** Every combination of the --tune values, starting from the library's parameters. */
    private List<StoryParams> grid() {
        List<StoryParams> grid = new ArrayList<>();
        if (tune.isEmpty()) {
            return grid;
        }
        grid.add(StoryParams.DEFAULT);
        for (String t : tune) {
            int eq = t.indexOf('=');
            if (eq <= 0) {
                throw new UserInputException("--tune " + t + ": expected NAME=V1,V2,..");
            }
            List<StoryParams> next = new ArrayList<>();
            for (StoryParams p : grid) {
                for (String v : t.substring(eq + 1).split(",")) {
                    try {
                        next.add(p.with(t.substring(0, eq), Double.parseDouble(v)));
                    } catch (IllegalArgumentException e) {
                        throw new UserInputException("--tune " + t + ": " + e.getMessage());
                    }
                }
            }
            grid = next;
        }
        return grid;
    }

    private static void line(PrintWriter out, String name, BCubed.Result r) {
        out.printf(Locale.ROOT, "%-40s B-cubed P %.3f  R %.3f  F1 %.3f  (%d clusters)%n", name, r.precision(), r.recall(), r.f1(), r.clusters());
    }

    private void errors(PrintWriter out, BCubed.Result r, List<EventArticle> set) {
        Map<String, String> titles = new HashMap<>();
        set.forEach(a -> titles.putIfAbsent(a.event(), a.title()));
        out.println("split events (" + r.split().size() + "):");
        r.split().stream().limit(show).forEach(s -> out.printf("  %-40s %d articles in %d stories  \"%s\"%n",
                s.event(), s.size(), s.clusters().size(), titles.get(s.event())));
        out.println("stories merging events (" + r.merged().size() + "):");
        r.merged().stream().limit(show).forEach(m -> out.printf("  story %-8s %d articles from %d events: %s%n",
                m.cluster(), m.size(), m.events().size(), String.join(", ", m.events().keySet().stream().limit(6).toList())));
    }
}
