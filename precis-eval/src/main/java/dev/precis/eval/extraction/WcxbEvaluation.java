package dev.precis.eval.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs extraction systems over WCXB pages and scores them with {@link WcxbScores} (body, title,
 * author, date) and the article-extraction-benchmark's shingle F1 ({@link ExtractionMetric}), per
 * gold page type, keeping each page's outcome for the worst-page listing and the page-type
 * figures. Each page is read from disk once for all systems. Not thread-safe.
 */
public final class WcxbEvaluation {

    /**
     * What a system made of one page. {@code pageType} null means it does not tell types apart;
     * {@code modified} (the page's last change, as the system reads it) is null for a system that does not
     * tell it apart; {@code declaredPublished} (the publication the page declares when the system chose another
     * date as {@code published}) is listed, never scored.
     */
    public record Prediction(String pageType, String text, String title, String byline, List<String> authors,
                             String published, String error, String modified, String declaredPublished) {

        /** A prediction that declares no other publication than {@code published}. */
        public Prediction(String pageType, String text, String title, String byline, List<String> authors,
                          String published, String error, String modified) {
            this(pageType, text, title, byline, authors, published, error, modified, null);
        }

        /** A prediction without a change date. */
        public Prediction(String pageType, String text, String title, String byline, List<String> authors,
                          String published, String error) {
            this(pageType, text, title, byline, authors, published, error, null);
        }

        /** A failure: no text, no metadata, the error's one-line description. */
        public static Prediction failed(String error) {
            return new Prediction(null, "", null, null, List.of(), null, error);
        }

        /** Whether the system presents this page as an article. */
        public boolean calledArticle() {
            return error == null && (pageType == null || "article".equals(pageType));
        }
    }

    /** An extraction system under test: one page (its record and unpacked bytes) to its prediction. */
    @FunctionalInterface
    public interface System {
        Prediction predict(WcxbPage page, byte[] html) throws Exception;
    }

    /**
     * One page's outcome; the Booleans are null when the gold has no such field. {@code dateFound}: the gold
     * day is the predicted publication's or the predicted change's (the date was read, whichever was chosen).
     */
    public record PageResult(WcxbPage page, Prediction prediction, WcxbScores.BagScore body, ShingleScore shingles,
                             Boolean title, Boolean author, Boolean date, Boolean dateFound) {
    }

    /** Figures over one group of pages (one gold type, or all article pages). */
    public static final class Totals {
        private int pages;
        private double bodyF1;
        private final ExtractionMetric shingles = new ExtractionMetric();
        private final int[] title = new int[2];
        private final int[] author = new int[2];
        private final int[] date = new int[2];
        private final int[] dateFound = new int[2];
        private int calledArticle;

        void add(PageResult r) {
            pages++;
            bodyF1 += r.body().f1();
            shingles.add(r.page().mainContent(), r.prediction().text());
            count(title, r.title());
            count(author, r.author());
            count(date, r.date());
            count(dateFound, r.dateFound());
            if (r.prediction().calledArticle()) {
                calledArticle++;
            }
        }

        private static void count(int[] c, Boolean ok) {
            if (ok != null) {
                c[1]++;
                if (ok) {
                    c[0]++;
                }
            }
        }

        public int pages() {
            return pages;
        }

        /** Mean of the pages' bag-of-words F1 (WCXB's body score). */
        public double bodyF1() {
            return pages == 0 ? 0 : bodyF1 / pages;
        }

        /** The article-extraction-benchmark's shingle metric over these pages. */
        public ExtractionMetric shingles() {
            return shingles;
        }

        public double title() {
            return share(title);
        }

        public int titlePages() {
            return title[1];
        }

        public double author() {
            return share(author);
        }

        public int authorPages() {
            return author[1];
        }

        public double date() {
            return share(date);
        }

        public int datePages() {
            return date[1];
        }

        /** Share of the dated pages whose gold day is the predicted publication's or change's. */
        public double dateFound() {
            return share(dateFound);
        }

        /** Share of the pages the system calls articles. */
        public double calledArticle() {
            return pages == 0 ? 0 : (double) calledArticle / pages;
        }

        private static double share(int[] c) {
            return c[1] == 0 ? 0 : (double) c[0] / c[1];
        }
    }

    private final String name;
    private final List<PageResult> results = new ArrayList<>();

    private WcxbEvaluation(String name) {
        this.name = name;
    }

    /** Scores every system on every page, in the order given; a failure on a page is an empty prediction. */
    public static List<WcxbEvaluation> run(Map<String, System> systems, List<WcxbPage> pages) {
        Map<String, WcxbEvaluation> out = new LinkedHashMap<>();
        systems.keySet().forEach(n -> out.put(n, new WcxbEvaluation(n)));
        for (WcxbPage page : pages) {
            byte[] html;
            try {
                html = page.html();
            } catch (IOException e) {
                throw new UncheckedIOException("WCXB page " + page.file() + ": " + e.getMessage(), e);
            }
            for (Map.Entry<String, System> s : systems.entrySet()) {
                Prediction p;
                try {
                    p = s.getValue().predict(page, html);
                } catch (Exception | StackOverflowError e) {
                    p = Prediction.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                out.get(s.getKey()).add(page, p == null ? Prediction.failed("no prediction") : p);
            }
        }
        return List.copyOf(out.values());
    }

    private void add(WcxbPage page, Prediction p) {
        String text = p.text() == null ? "" : p.text();
        Prediction q = text == p.text() ? p
                : new Prediction(p.pageType(), text, p.title(), p.byline(), p.authors(), p.published(), p.error(),
                        p.modified(), p.declaredPublished());
        results.add(new PageResult(page, q, WcxbScores.body(page.mainContent(), text),
                ShingleScore.of(page.mainContent(), text),
                page.title().isEmpty() ? null : WcxbScores.title(page.title(), q.title()),
                page.author().isEmpty() ? null : WcxbScores.author(page.author(), q.byline(), q.authors()),
                page.publishDate() == null ? null : WcxbScores.date(page.publishDate(), q.published()),
                page.publishDate() == null ? null : WcxbScores.date(page.publishDate(), q.published())
                        || WcxbScores.date(page.publishDate(), q.modified())));
    }

    public String name() {
        return name;
    }

    public List<PageResult> results() {
        return results;
    }

    /** Figures over the gold article pages. */
    public Totals articles() {
        Totals t = new Totals();
        results.stream().filter(r -> r.page().isArticle()).forEach(t::add);
        return t;
    }

    /** Figures per gold page type, by type name. */
    public Map<String, Totals> byType() {
        Map<String, Totals> m = new TreeMap<>();
        results.forEach(r -> m.computeIfAbsent(r.page().pageType(), k -> new Totals()).add(r));
        return m;
    }

    /** Share of the gold non-article pages the system does not call articles (0 when there are none). */
    public double nonArticlesRefused() {
        long n = results.stream().filter(r -> !r.page().isArticle()).count();
        long refused = results.stream().filter(r -> !r.page().isArticle() && !r.prediction().calledArticle()).count();
        return n == 0 ? 0 : (double) refused / n;
    }

    /** Predicted type (or "error") by gold type, counted. */
    public Map<String, Map<String, Integer>> confusion() {
        Map<String, Map<String, Integer>> m = new TreeMap<>();
        for (PageResult r : results) {
            Prediction p = r.prediction();
            String predicted = p.error() != null ? "error" : p.pageType() == null ? "article" : p.pageType();
            m.computeIfAbsent(r.page().pageType(), k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
        }
        return m;
    }

    /** The {@code n} gold article pages with the lowest body F1, worst first. */
    public List<PageResult> worstArticles(int n) {
        return results.stream().filter(r -> r.page().isArticle())
                .sorted(Comparator.comparingDouble((PageResult r) -> r.body().f1()).thenComparing(r -> r.page().id()))
                .limit(n).toList();
    }
}
