package dev.precis.store;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The knobs of story grouping ({@link TopicSpace}), fixed by tuning (see the README's story figures for
 * the sets tuned on and reported on). {@link #DEFAULT} is what the library uses; {@link #with} gives a
 * variant for tuning runs ({@code precis eval stories --tune}). Immutable. Five rules once tuned here moved nothing
 * on any tuning set at their neutral values and are fixed at their tuned values in {@link StoryPlanner} (the bridged
 * merge's score, the clear choice's days, the content-word floor, the names that let the bar see past time, the words
 * join's shared name; docs/quality/stories.md, stories40 and stories41).
 *
 * @param threshold score an article needs to join a story
 * @param keyWeight share of the key-name cosine in an article pair's similarity (the rest: content words)
 * @param centroidWeight share of the story centroid in a story's score (the rest: its closest member)
 * @param idfOffset added to {@code ln((N+1)/(df+1))}: 1 keeps common words in play, 0 lets them fade
 * @param timeScale days over which the date gap between an article and a story halves its score's time
 *     factor (0 = time ignored)
 * @param timeFloor the lowest time factor, reached for a gap far beyond {@code timeScale}
 * @param meaningWeight share of the meaning vectors' cosine in a pair's similarity when both articles
 *     have one (the rest: the words-and-names similarity); articles without one are unaffected
 * @param meaningThreshold the score an article with a meaning vector needs to join a story (in place
 *     of {@code threshold}, which stays the bar for articles without one)
 * @param splitThreshold average-link similarity below which the parts of a grown story split apart at
 *     consolidation ({@link StorySplitter}; 0 = never split)
 * @param clearShare share of the join bar ({@code threshold} or {@code meaningThreshold}) at which an article
 *     still joins its best story when that story is the clear choice: it beats every other candidate story
 *     by at least {@code clearMargin}, within {@link StoryPlanner#CLEAR_DAYS} of the article (1 = off)
 * @param clearMargin how far the best story's score must be above the second best's for {@code clearShare}
 * @param clearLexical the words-and-names similarity (without meaning vectors) the best story's closest
 *     member needs with the article for {@code clearShare} (0 = no floor)
 * @param timeBar how much of the time factor the join bar sees: 1 = the bar judges the score with it, 0 = the
 *     bar judges the score without it, so the factor only ranks the candidate stories and backs the
 *     clear-choice join (a report that clears the full bar joins its issue however far apart in time)
 * @param wordsJoin the content-word cosine with one member of a story at which an article joins that story even
 *     when its score is below the join bar (0 = off): the naive TF-IDF single-link's one signal, taken as a join
 *     of its own, for reports of one event that share many words but few key names or an encoder's reading;
 *     only with stories within {@link StoryPlanner#CLEAR_DAYS} of the article (either date unknown: any); alone at 0.3
 *     it passed the tuned sets but lost 0.002 on SemEval's testing split (stories28); the library's grouping takes it
 *     at 0.3 seconded by one shared key name ({@link StoryPlanner#WORDS_JOIN_KEYS}) and with the headline veto ({@code titleVeto}):
 *     docs/quality/stories.md, stories30 (its other gates, a member cap, the best story's agreement and a shared
 *     headline word, were off and went in stories40)
 * @param titleVeto the content-word cosine below which a join at either bar (names, words and meaning) is refused
 *     when the article's headline shares no content word with the best story's closest member's (0 = off; a
 *     missing headline never vetoes): a running issue's next event joined on its people and an encoder's reading
 *     while its wording and headline are another event's; 0.15 in the library's grouping (at 0.2 mixed seed 3
 *     lost recall, stories30)
 * @param foreignWords 1: an article whose words are in another language than English ({@link StoryLanguage}) has that
 *     language's function words dropped from its content words, and a pair or story comparison in which it takes part
 *     reads content words alone (no key names: the name recogniser's models are English); 0 = off, every article read
 *     as English; 1 in the library's grouping since stories51 (stories44 and stories50 measured it: SemEval's
 *     testing split in all languages 0.944 to 0.950, every English set unchanged; stories50's speed pairs timed a
 *     build that also computed every article's lead, docs/quality/stories.md; a bar of its own for those articles,
 *     0.15 to 0.33 against 0.27, moved the all-language training split by −0.011 to +0.001)
 * @param centroidCap 1: a story's centroid counts in its score ({@code centroidWeight}) at most at its closest member's
 *     similarity, so it can hold an article back from a story it matches on one member alone but cannot carry it in on
 *     the topic words the story's members share among them (a report of a running issue's other event, or an outlet's
 *     other report in its template, scores with a story of two or three articles' summed words above every member
 *     of it); 0 = the centroid's similarity as computed; 1 in the library's grouping since stories47 (with the shared
 *     closing lines left out, SemEval's training split 0.971 → 0.973, BBC politics and the mixed view level or up;
 *     stories45 had measured it alone: 0.969 → 0.972, its English testing line level; docs/quality/stories.md)
 * @param sharedText 1: a new article's story features (content words and key names) leave out its closing lines where
 *     they repeat, word for word, the closing lines of earlier articles of the library ({@link SharedText}: an outlet's
 *     contact, "about us" and republication lines, which made two unrelated reports of one outlet look like one event);
 *     0 = off. Read when an article is added (the features are stored so): a replay with {@code --tune sharedText=…}
 *     regroups the stored features and does not change them. 1 in the library's grouping (docs/quality/stories.md,
 *     stories46)
 * @param scriptLists 1: with {@code foreignWords}, an article mostly in another script than Latin is read in the language
 *     of a function-word list of that script when two of its words are there ({@link StoryLanguage#of(Map, boolean)}:
 *     Arabic, by Lucene's list, normaliser and light stemmer); 0 = such an article's words are kept as they are
 * @param shortLength the number of distinct content words at or below which an article is a short text (a lead, a
 *     brief: its few key names are most of what it says, and a desk's standing names — its ministers, parties and
 *     city — match every other brief of the desk); a pair of two short texts is compared with {@code shortKeys} as
 *     its key names' share and joins only with {@code shortWords} of shared content words; 0 = off. 60 in the
 *     library's grouping: stories52 measured 60 with {@code shortKeys} 0.15 (a Wikinews-like view of BBC politics cut
 *     to five sentences 0.914 to 0.931, dated 0.934 to 0.946; every other tuning and report set level); stories53 made
 *     its work once per article and turned it on (docs/quality/stories.md)
 * @param shortKeys the key names' share in the similarity of two short texts (in place of {@code keyWeight}; 0.15 from
 *     stories53, 0.05 in the library's grouping since stories57, measured together with {@code memberBar} 0.25)
 * @param shortWords the content-word cosine a join needs with the story's member of the highest one when that member
 *     and the article are both short texts (in place of {@link StoryPlanner#JOIN_WORDS} when higher)
 * @param undatedClear the clear choice's share of the join bar when the article's date or the best story's is unknown
 *     (in place of {@code clearShare}; 0 = off, {@code clearShare} for all): "no other story comes close" is backed by
 *     the dates only when both are known ({@link StoryPlanner#CLEAR_DAYS}); without them a desk's next brief of the
 *     same people is as clear a choice as the same event's next report; 0 in the library's grouping: stories54 measured 1
 *     (the clear choice off without both dates) with fresh ingests — lead only 0.962 to 0.974, but the half-dated mixed
 *     view (events of two or more reports only) 0.911 to 0.900 and the Wikinews-like view only 0.931 to 0.932
 *     (docs/quality/stories.md): where most events have several reports, the undated clear choice's joins are mostly right
 * @param idfYoung the article count at which the content words' young-library idf offset ({@link Vocabulary#idf}: 1 in an
 *     empty library, falling to {@code idfOffset}) has halved; 20 in the library's grouping (the key names keep 20):
 *     stories55 measured 1 to 200 by replays — the Wikinews-like view 0.929 to 0.931, every other tuning view level but
 *     the mixed orders' mean (0.906 to 0.914)
 * @param idfPrior prior articles counted with the library's in the content words' idf, {@code idfPriorShare} of them
 *     holding each word: {@code ln((N + P + 1) / (df + qP + 1))} damps a rare word's weight while the library is young
 *     and fades as it grows (0 = off, as in the library's grouping: stories55 measured 50 to 400 at shares 0.02 to 0.1 — the
 *     Wikinews-like view 0.931 down to 0.917, BBC politics 0.948 down to 0.916; damping the rare words makes a desk's
 *     briefs read more alike)
 * @param idfPriorShare the share of the {@code idfPrior} articles that hold any one word
 * @param youngBar how much higher the join bar stands in a young library: the bar times
 *     {@code 1 + youngBar x 100 / (N + 100)} (0 = off, as in the library's grouping: 0.1 to 0.3 gave the Wikinews-like view
 *     0.926 to 0.930 against 0.931, stories55)
 * @param capsWords 1: a two-letter word written in capitals ("EU", "UN", "ID") that is no stop word is a content word of
 *     an article's features (content words are otherwise three letters or more); 0 = off. Read when an article's
 *     features are made ({@link ArticleFeatures#of}) from the library's grouping: the features are stored so, and a
 *     replay with {@code --tune} does not change them; 0 in the library's grouping: stories55 measured 1 with fresh
 *     ingests — the Wikinews-like view dated 0.946 to 0.950, undated level at 0.931, the mixed view's mean 0.911 to 0.909
 * @param keyPrior prior articles counted with the library's in the key names' idf, as {@code idfPrior} for the content
 *     words (the same share, {@code idfPriorShare}; 0 = off, as in the library's grouping: 50 to 200 moved no short view
 *     up, stories55)
 * @param memberBar the similarity under the library's current word statistics that a member of a story changed since the
 *     last consolidation needs with at least one other member to stay in it ({@link StorySplitter}): at consolidation
 *     a join made on a single link while the library was younger is checked again with the grown library's idf, and a
 *     member no longer linked to any other leaves as a story of its own (0 = off; 0.25 in the library's grouping since
 *     stories57: with {@code shortKeys} 0.05 the Wikinews-like view 0.931 to 0.940, the mixed view's mean 0.911 to 0.920,
 *     every other tuning view level or up, docs/quality/stories.md)
 * @param memberLibrary the fewest articles the library (the documents its word statistics count) must hold for the
 *     {@code memberBar} check to run at a consolidation; below it consolidation is main's before stories57 (pairs and
 *     trios are not read, no member leaves alone). A young library's statistics cannot judge a story's own members: a
 *     word two members share has a document frequency of at least two, which in a library of six is a third of it, so
 *     what the members share weighs least exactly where the library is mostly the story itself, and the young
 *     library's idf offset ({@code idfYoung}, 20) still flattens every weight; the re-read that undoes a join made
 *     while the library was young is worth making only once it is not. 100 in the library's grouping (stories58: in
 *     the reader's fixture library, the two seed articles and four short fixtures, the check at six articles split
 *     the seeds, issue 15's acceptance story; at 100 the offset is a sixth of its start and a pair's shared words a
 *     fiftieth of the library; every tuning view holds 139 articles or more and consolidates once, at its end)
 * @param memberKeys the key-name cosine (people, places, organisations; English pairs only) with at least one other member
 *     at which a member stays in its story at the {@code memberBar} check whatever its words say (0 = off): the check
 *     re-reads members with the library's idf, and where one story is a large share of the library the words its
 *     members share are common in the library and weigh little, so a report of the story's people and places in other
 *     words would leave; its names are rarer than its words and still tie it to the story
 */
public record StoryParams(double threshold, double keyWeight, double centroidWeight, double idfOffset, double timeScale,
                         double timeFloor, double meaningWeight, double meaningThreshold, double splitThreshold,
                         double clearShare, double clearMargin, double clearLexical, double timeBar, double wordsJoin,
                         double titleVeto, double foreignWords, double centroidCap, double sharedText, double scriptLists,
                         double shortLength, double shortKeys, double shortWords, double undatedClear, double idfYoung,
                         double idfPrior, double idfPriorShare, double youngBar, double capsWords, double keyPrior,
                         double memberBar, double memberLibrary, double memberKeys) {

    /** The library's grouping. */
    public static final StoryParams DEFAULT = new StoryParams(0.27, 0.3, 0.2, 0.0, 10, 0.5, 0.2, 0.32, 0.32, 0.7, 0.15, 0.15, 0, 0.3, 0.15, 1, 1, 1, 0, 60, 0.05, 0, 0,
            20, 0, 0.05, 0, 0, 0, 0.25, 100, 0);

    /** The young library's article count of {@link #idfYoung()} in the library's grouping (and for the key names). */
    static final double YOUNG_LIBRARY = 20;

    /** The article count at which {@link #youngBar()}'s rise of the join bar has halved. */
    static final double YOUNG_BAR_ARTICLES = 100;

    /** A copy with one knob changed, by its record component name; unknown names fail. */
    public StoryParams with(String name, double value) {
        Map<String, Double> v = values();
        if (!v.containsKey(name)) {
            throw new IllegalArgumentException("unknown story parameter " + name + " (known: " + String.join(", ", v.keySet()) + ")");
        }
        v.put(name, value);
        return new StoryParams(v.get("threshold"), v.get("keyWeight"), v.get("centroidWeight"), v.get("idfOffset"),
                v.get("timeScale"), v.get("timeFloor"), v.get("meaningWeight"), v.get("meaningThreshold"),
                v.get("splitThreshold"), v.get("clearShare"), v.get("clearMargin"), v.get("clearLexical"),
                v.get("timeBar"), v.get("wordsJoin"), v.get("titleVeto"), v.get("foreignWords"), v.get("centroidCap"),
                v.get("sharedText"), v.get("scriptLists"), v.get("shortLength"), v.get("shortKeys"), v.get("shortWords"),
                v.get("undatedClear"), v.get("idfYoung"), v.get("idfPrior"), v.get("idfPriorShare"), v.get("youngBar"),
                v.get("capsWords"), v.get("keyPrior"), v.get("memberBar"), v.get("memberLibrary"), v.get("memberKeys"));
    }

    /** The knobs by name. */
    public Map<String, Double> values() {
        Map<String, Double> v = new TreeMap<>();
        v.put("threshold", threshold);
        v.put("keyWeight", keyWeight);
        v.put("centroidWeight", centroidWeight);
        v.put("idfOffset", idfOffset);
        v.put("timeScale", timeScale);
        v.put("timeFloor", timeFloor);
        v.put("meaningWeight", meaningWeight);
        v.put("meaningThreshold", meaningThreshold);
        v.put("splitThreshold", splitThreshold);
        v.put("clearShare", clearShare);
        v.put("clearMargin", clearMargin);
        v.put("clearLexical", clearLexical);
        v.put("timeBar", timeBar);
        v.put("wordsJoin", wordsJoin);
        v.put("titleVeto", titleVeto);
        v.put("foreignWords", foreignWords);
        v.put("centroidCap", centroidCap);
        v.put("sharedText", sharedText);
        v.put("scriptLists", scriptLists);
        v.put("shortLength", shortLength);
        v.put("shortKeys", shortKeys);
        v.put("shortWords", shortWords);
        v.put("undatedClear", undatedClear);
        v.put("idfYoung", idfYoung);
        v.put("idfPrior", idfPrior);
        v.put("idfPriorShare", idfPriorShare);
        v.put("youngBar", youngBar);
        v.put("capsWords", capsWords);
        v.put("keyPrior", keyPrior);
        v.put("memberBar", memberBar);
        v.put("memberLibrary", memberLibrary);
        v.put("memberKeys", memberKeys);
        return v;
    }

    /** Whether grouping reads the articles' headlines (a knob that uses them is on). */
    boolean usesHeadlines() {
        return titleVeto > 0;
    }

    /** Whether two-letter capitals ("EU", "UN", "ID") are content words of an article's features ({@link #capsWords()}). */
    boolean readsCaps() {
        return capsWords > 0;
    }

    /** The factor on the join bar in a library of {@code articles} articles ({@link #youngBar()}; 1 while it is off). */
    double youngBarFactor(int articles) {
        return youngBar > 0 ? 1 + youngBar * YOUNG_BAR_ARTICLES / (articles + YOUNG_BAR_ARTICLES) : 1;
    }

    /** Whether articles in another language than English are read in their own ({@link #foreignWords()}). */
    boolean readsLanguages() {
        return foreignWords > 0;
    }

    /** Whether an article mostly in another script is read in the language of that script's list ({@link #scriptLists()}). */
    boolean readsScripts() {
        return scriptLists > 0;
    }

    /** Whether two articles of these numbers of distinct content words are both short texts ({@link #shortLength()}). */
    boolean shortPair(int words, int otherWords) {
        return shortText(words) && shortText(otherWords);
    }

    /** Whether an article of this number of distinct content words is a short text ({@link #shortLength()}). */
    boolean shortText(int words) {
        return shortLength > 0 && words <= shortLength;
    }

    /** Whether a new article's story features leave out the text it shares word for word with earlier ones ({@link #sharedText()}). */
    boolean readsSharedText() {
        return sharedText > 0;
    }

    /** The centroid's similarity as a story's score takes it, given its closest member's ({@link #centroidCap()}). */
    double centroidPart(double centroid, double closest) {
        return centroidCap > 0 ? Math.min(centroid, closest) : centroid;
    }

    /** The clear choice's share of the join bar for an article of this day and a story of these dates ({@link #undatedClear()}). */
    double clearShare(Long day, Long first) {
        return undatedClear > 0 && (day == null || first == null) ? undatedClear : clearShare;
    }

    /** Days from {@code a} to the span {@code first..last} (0 inside it, or when either is unknown). */
    static long gap(Long a, Long first, Long last) {
        if (a == null || first == null) {
            return 0;
        }
        return a < first ? first - a : a > last ? a - last : 0;
    }

    /** The factor a date gap of {@code days} puts on a story score (1 when either date is unknown). */
    double timeFactor(Long a, Long first, Long last) {
        if (timeScale <= 0 || a == null || first == null) {
            return 1;
        }
        long gap = gap(a, first, last);
        return timeFloor + (1 - timeFloor) * Math.pow(0.5, gap / timeScale);
    }

    /** The small bonus for closeness in time that ranks related articles (not stories). */
    static double relatedTimeFactor(Long a, Long b) {
        if (a == null || b == null) {
            return 0.9;
        }
        return 0.8 + 0.2 * Math.exp(-Math.abs(a - b) / 60.0);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        values().forEach((k, x) -> s.append(s.length() == 0 ? "" : " ").append(k).append('=').append(String.format(Locale.ROOT, "%.3g", x)));
        return s.toString();
    }
}
