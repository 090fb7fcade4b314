package dev.precis.nlp.quote;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.TextRange;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.util.ArrayList;
import java.util.List;

/** What the wire-copy quote tests share: entities marked by hand, the direct quotes found, a quote's speaker. */
final class QuoteTestSupport {

    private static final RuleQuoteFinder FINDER = new RuleQuoteFinder();

    private QuoteTestSupport() {
    }

    /** Every occurrence of each name, marked with its type and the first (longest) form as canonical. */
    static List<EntityMention> marked(String text, Object... typeAndNames) {
        List<EntityMention> out = new ArrayList<>();
        EntityType type = null;
        String canonical = null;
        for (Object o : typeAndNames) {
            if (o instanceof EntityType t) {
                type = t;
                canonical = null;
                continue;
            }
            String n = (String) o;
            canonical = canonical == null || !canonical.endsWith(n) ? n : canonical;
            for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.length())) {
                int start = at;
                if (out.stream().noneMatch(e -> e.range().start() <= start && start < e.range().end())) {
                    out.add(new EntityMention(new TextRange(at, at + n.length()), type, n, canonical));
                }
            }
        }
        out.sort((a, b) -> a.range().compareTo(b.range()));
        return out;
    }

    /** The direct quotes the rule finder gives for the text, split into sentences as the analysis does. */
    static List<Quote> direct(String text, List<EntityMention> entities) {
        return FINDER.find(text, new NewsSentenceSplitter().split(text), entities).stream()
                .filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    }

    /** The speaker of the first direct quote containing {@code words}, or "(no quote)". */
    static String speakerOf(String text, List<EntityMention> entities, String words) {
        return direct(text, entities).stream().filter(q -> q.content().slice(text).contains(words))
                .findFirst().map(Quote::speaker).orElse("(no quote)");
    }

    /** The first quote, direct or indirect, whose content contains {@code words}; fails when there is none. */
    static Quote quoteWith(String text, List<EntityMention> entities, String words) {
        return FINDER.find(text, new NewsSentenceSplitter().split(text), entities).stream()
                .filter(q -> q.content().slice(text).contains(words)).findFirst().orElseThrow();
    }
}
