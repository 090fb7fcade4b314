package dev.precis.store;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Granularity;
import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.Sentence;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.model.TextRange;
import dev.precis.model.TimeExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small hand-written articles and a naive analysis of them (entities/times found by listed names). */
final class Fixtures {

    private Fixtures() {
    }

    static AnalyzedArticle analyzed(String id, String title, String text, String published, List<String> people,
                                    List<String[]> times) {
        List<TextRange> paragraphs = new ArrayList<>();
        int start = 0;
        for (String p : text.split("\n\n", -1)) {
            paragraphs.add(new TextRange(start, start + p.length()));
            start += p.length() + 2;
        }
        Article article = new Article(id, title, text, paragraphs, null, null, published, "en");
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = Pattern.compile("[^.!?\\n]+[.!?]?").matcher(text);
        while (m.find()) {
            String s = m.group();
            int lead = s.length() - s.stripLeading().length();
            int trail = s.length() - s.stripTrailing().length();
            if (!s.isBlank()) {
                sentences.add(new Sentence(sentences.size(), new TextRange(m.start() + lead, m.end() - trail)));
            }
        }
        List<EntityMention> entities = new ArrayList<>();
        for (String person : people) {
            String surname = person.substring(person.lastIndexOf(' ') + 1);
            Matcher pm = Pattern.compile(Pattern.quote(surname)).matcher(text);
            while (pm.find()) {
                entities.add(new EntityMention(new TextRange(pm.start(), pm.end()), EntityType.PERSON, person, null));
            }
        }
        entities.sort((a, b) -> a.range().compareTo(b.range()));
        List<TimeExpression> resolved = new ArrayList<>();
        for (String[] t : times) {
            int at = text.indexOf(t[0]);
            resolved.add(new TimeExpression(new TextRange(at, at + t[0].length()), t[1], Granularity.DAY));
        }
        resolved.sort((a, b) -> a.range().compareTo(b.range()));
        List<Quote> quotes = new ArrayList<>();
        int q = text.indexOf('"');
        int qe = q < 0 ? -1 : text.indexOf('"', q + 1);
        if (qe > q) {
            quotes.add(new Quote(new TextRange(q, qe + 1), new TextRange(q + 1, qe), QuoteKind.DIRECT, null, null, "said"));
        }
        return new AnalyzedArticle(article, sentences, entities, quotes, resolved);
    }

    /** The article as a library entry from {@code source} whose summary is every sentence, scored by position. */
    static LibraryEntry summarisedWhole(AnalyzedArticle a, String source) {
        List<SummarySentence> s = new ArrayList<>();
        for (int i = 0; i < a.sentences().size(); i++) {
            s.add(new SummarySentence(i, a.sentences().get(i).range(), 1.0 / (1 + i)));
        }
        return new LibraryEntry(a, new Summary(a.article().id(), s), source, source + "/" + a.article().id());
    }

    static final String TALKS = "Foreign ministers of Veldoria and Ostmark met in Valletta on Thursday to discuss the border treaty.\n\n"
            + "Minister Anna Kessel said the treaty talks on 5 December were \"a first step\". The Ostmark delegation, led by "
            + "Pavel Droz, agreed to return for a second round of treaty talks in the spring.\n\n"
            + "Observers from the regional security council welcomed the Valletta meeting on the border treaty.";

    static final String TALKS_LATER = "Three years after the Valletta meeting, Veldoria and Ostmark signed the border treaty.\n\n"
            + "Anna Kessel and Pavel Droz signed the border treaty on 12 March in the presence of the regional security council. "
            + "Kessel called the treaty a victory for patient diplomacy between Veldoria and Ostmark.";

    static final String FOOTBALL = "Riverside Rovers beat Harbour City 3-1 on Saturday to go top of the league.\n\n"
            + "Striker Tom Baxter scored twice before half-time and the Rovers goalkeeper saved a penalty late in the match. "
            + "Manager Lee Quinn praised the squad for the win.";

    /** Adds the entries, forms stories, checks that they are one story and returns its id. */
    static long oneStory(Library lib, LibraryEntry... entries) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (LibraryEntry e : entries) {
            ids.add(lib.add(e).articleId());
        }
        lib.flush();
        lib.consolidateStories();
        long story = lib.article(ids.get(0)).orElseThrow().story().id();
        for (long id : ids) {
            org.assertj.core.api.Assertions.assertThat(lib.article(id).orElseThrow().story().id()).as("one story").isEqualTo(story);
        }
        return story;
    }
}
