package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Two shapes of bodies' names in Indigenous and Commonwealth copy that the model reads as people or places:
 * <ul>
 *   <li>a First Nation or a nation's council named by its own words and "Nation" ("Neskantaga First Nation",
 *       "Nishnawbe Aski Nation", "Cree Nation"), a governed community acting as a body (the chief "of" it,
 *       it "said");</li>
 *   <li>a federal department named by its portfolio and the country ("Indigenous Services Canada", "Health
 *       Canada", "Statistics Canada", "Services Australia"), where the model takes the country alone.</li>
 * </ul>
 * A mention after the Māori article "Te" takes it in ("Te Whatu Ora", which the model reads from "Whatu").
 * The portfolios are a closed list of the words such names use, none of them a body's own name. Stateless.
 */
final class NationBodies {

    /** Portfolios that name a department when followed by the country. */
    private static final Set<String> PORTFOLIOS = WordSet.of("Health", "Statistics", "Transport", "Environment",
            "Elections", "Parks", "Services", "Heritage", "Infrastructure", "Tourism", "Sport", "Geoscience",
            "Justice", "Immigration");
    /** Words before a portfolio that belong to the department's name ("Indigenous Services", "Global Affairs"). */
    private static final Set<String> PORTFOLIO_OPENERS = WordSet.of("Indigenous", "Global", "Public", "Natural",
            "Canadian", "Export", "Destination", "Correctional", "Veterans", "Affairs", "Safety", "Resources");
    private static final Set<String> COUNTRIES = WordSet.of("Canada", "Australia");
    /** Capitalised words before "Nation" that make no body's name. */
    private static final Set<String> NOT_NATIONS = WordSet.of("United", "Rainbow", "The", "A", "One", "Our", "This",
            "Host", "Member", "Island", "Most", "Favoured", "Favored");

    private NationBodies() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence) {
        for (MentionDraft m : mentions) {
            // Māori names open with the article "Te" ("Te Whatu Ora", "Te Pāti Māori"), which the model leaves out
            if (m.start > 0 && tokens[m.start - 1].equals("Te") && m.sentence == sentence && !endsAt(mentions, m.start - 1)) {
                m.start--;
                m.canonical = null;
            }
        }
        for (int i = 1; i < tokens.length; i++) {
            if (tokens[i].equals("Nation") && !NOT_NATIONS.contains(tokens[i - 1])) {
                int start = i;
                while (start > 0 && ListAndRulePass.capitalised(tokens[start - 1])
                        && !NOT_NATIONS.contains(tokens[start - 1]) && !ListAndRulePass.isPunct(tokens[start - 1])
                        && (start - 1 > 0 || i - start < 3)) {
                    start--;
                }
                // "First Nation" alone is no name; a name needs a word of its own before it
                int own = tokens[i - 1].equals("First") ? i - 1 : i;
                if (own - start >= 1) {
                    replace(mentions, sentence, start, i + 1);
                }
            } else if (COUNTRIES.contains(tokens[i]) && PORTFOLIOS.contains(tokens[i - 1])) {
                int start = i - 1;
                while (start > 0 && PORTFOLIO_OPENERS.contains(tokens[start - 1])) {
                    start--;
                }
                if (start == 0 || !ListAndRulePass.capitalised(tokens[start - 1])) {
                    replace(mentions, sentence, start, i + 1);
                }
            }
        }
    }

    private static boolean endsAt(List<MentionDraft> mentions, int token) {
        for (MentionDraft o : mentions) {
            if (o.end == token + 1) {
                return true;
            }
        }
        return false;
    }

    private static void replace(List<MentionDraft> mentions, int sentence, int start, int end) {
        List<MentionDraft> inside = new ArrayList<>();
        for (MentionDraft m : mentions) {
            if (m.sentence != sentence || m.end <= start || m.start >= end) {
                continue;
            }
            if (m.start < start || m.end > end) {
                return; // a longer name holds it ("Assembly of First Nations", "Air Canada")
            }
            inside.add(m);
        }
        mentions.removeAll(inside);
        mentions.add(new MentionDraft(sentence, start, end, EntityTypes.ORGANIZATION, true));
        mentions.sort(null);
    }
}
