package dev.precis.nlp.entity;

import dev.precis.model.NameKey;
import dev.precis.model.PersonSpellings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Person names as a reader would write them on an entity page: without the role or honorific the
 * text puts before them ("Home Secretary Charles Clarke" → "Charles Clarke", "Crown Prince Mohammed
 * bin Salman" → "Mohammed bin Salman"; {@link TitleFinder} keeps the role as the mention's title),
 * without groups that look like names ("MPs", "MEPs"), and one spelling per person within a document
 * ("Sergey"/"Sergei", by {@link NameKey}; "Vince"/"Vincent", "de Rato"/"Rato", by {@link PersonSpellings}). Stateless.
 */
final class PersonNames {

    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
            "sir", "dame", "lord", "lady", "baron", "baroness", "viscount", "prof", "prof.", "professor", "rev",
            "rev.", "reverend", "sen.", "rep.", "gov.", "gen", "gen.", "lt.", "col.", "capt.", "sgt.", "sheikh", "president-elect", "princess", "emperor",
            "pope", "cardinal", "archbishop", "bishop", "rabbi", "imam", "ayatollah", "mufti", "speaker", "marshal",
            "congressman", "congresswoman", "councillor", "councilman", "mp", "mep", "crown", "supreme");
    private static final Set<String> AFTER_NAME = Set.of("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");

    /**
     * Nouns of events, meetings and posts that are no one's name alone: the model reads "Campaign" of "the Western
     * Desert Campaign" or "Analyst" of "Analyst Team" as a person when the words before it are unfamiliar.
     */
    static final Set<String> NO_PERSON_ALONE = Set.of("Campaign", "Campaigns", "Conference", "Convention", "Summit",
            "Offensive", "Expedition", "Uprising", "Rebellion", "Revolution", "Analyst", "Analysts", "Associate",
            "Associates", "Volume", "Committee", "Council", "Assembly", "Administration");

    private PersonNames() {
    }

    /** Drops group words and cuts leading titles off person mentions. */
    static void clean(TokenizedText doc, List<MentionDraft> mentions) {
        mentions.removeIf(m -> m.type.equals(EntityTypes.PERSON) && m.length() == 1
                && pluralAcronym(doc.sentence(m.sentence)[m.start]));
        // the first word of a two-word title tagged apart from the name it introduces ("Crown" of "Crown
        // Prince Mohammed …"): a title is no name of its own
        mentions.removeIf(m -> m.length() == 1 && !m.type.equals(EntityTypes.PERSON)
                && isTitle(doc.sentence(m.sentence)[m.start]) && introducesPerson(m, mentions));
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.PERSON) || m.length() < 2) {
                continue;
            }
            String[] tokens = doc.sentence(m.sentence);
            int cut = -1;
            for (int k = m.start; k < m.end - 1; k++) {
                if (isTitle(tokens[k])) {
                    cut = k;
                }
            }
            if (cut >= 0 && !AFTER_NAME.contains(tokens[cut + 1])) {
                m.start = cut + 1;
            }
        }
    }

    /** A person's mention begins right after {@code m}, or after one more title word. */
    private static boolean introducesPerson(MentionDraft m, List<MentionDraft> mentions) {
        for (MentionDraft p : mentions) {
            if (p.sentence == m.sentence && p.type.equals(EntityTypes.PERSON) && p.start >= m.end && p.start <= m.end + 1) {
                return true;
            }
        }
        return false;
    }

    /** One spelling per person in a document: the first one met; two names in one sentence are two people. */
    static void unifySpellings(List<MentionDraft> mentions) {
        PersonSpellings first = new PersonSpellings();
        Map<Integer, List<String>> bySentence = new HashMap<>();
        for (MentionDraft m : mentions) {
            if (fullName(m)) {
                List<String> beside = bySentence.computeIfAbsent(m.sentence, k -> new ArrayList<>());
                for (String other : beside) {
                    first.keepApart(m.canonical, other);
                }
                beside.add(m.canonical);
            }
        }
        for (MentionDraft m : mentions) {
            if (fullName(m)) {
                m.canonical = first.join(m.canonical);
            }
        }
    }

    private static boolean fullName(MentionDraft m) {
        return m.type.equals(EntityTypes.PERSON) && m.canonical != null && m.canonical.indexOf(' ') > 0
                && NameKey.particleSurname(m.canonical) == null;
    }

    static boolean isTitle(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return TitleFinder.ROLE_WORDS.contains(lower) || HONORIFICS.contains(lower);
    }

    /** "MPs", "MEPs", "CEOs": capitals and a plural s. */
    static boolean pluralAcronym(String token) {
        int n = token.length();
        if (n < 3 || token.charAt(n - 1) != 's') {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            if (!Character.isUpperCase(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
