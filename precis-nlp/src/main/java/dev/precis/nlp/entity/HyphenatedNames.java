package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names joined by a hyphen that the model cuts or leaves out, part of {@link ListAndRulePass}; the tokenizer writes
 * the hyphen apart ("al", "-", "Nusra"), a pre-tokenized corpus keeps one token ("al-Nusra"):
 * <ul>
 *   <li>a name opened by the Arabic article ("al-", "Al-", "el-", "El-") and a capitalised word: the model tags the
 *       words after the article, the article belongs to the name ("al-Nusra Front", not "Nusra Front"); an untagged
 *       article word is a body when an organisation's word follows ("al-Mansur Brigades", "Al-Fajr Television") or
 *       a word for a group's members or a channel ("al-Hadid militants", "the al-Noor channel");</li>
 *   <li>an acronym with a suffix of one or two capitals after a hyphen ("ABC-T", "XYZ-TV"), a party faction's or a
 *       channel's shape: the model leaves it untagged or tags the acronym alone; it is one organisation. A place
 *       on either side ("UK-EU"), a dateline's place ("ABUJA - A …") or an article or pronoun ("A", "I") as suffix
 *       is no such name.</li>
 * </ul>
 * Written by hand: both shapes are rare in the model's training data (CoNLL-2003 newswire). Stateless.
 */
final class HyphenatedNames {

    private static final Set<String> ARABIC_ARTICLES = WordSet.of("al", "Al", "el", "El");
    /** One token holding the article ("al-Nusra"), as a pre-tokenized corpus writes it. */
    private static final Pattern ARTICLE_TOKEN = Pattern.compile("(?:al|Al|el|El)-\\p{Lu}\\p{L}+");
    /** Lower-case words after a name that make it a group or a channel. */
    private static final Set<String> GROUP_WORDS = WordSet.of("militants", "fighters", "militia", "militias", "insurgents",
            "rebels", "group", "movement", "network", "channel", "broadcaster", "television", "commanders",
            "members", "gunmen", "jihadists", "faction", "leadership", "spokesman", "spokeswoman");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    private static final Pattern SUFFIX = Pattern.compile("\\p{Lu}{1,2}");
    private static final Pattern ACRONYM_TOKEN = Pattern.compile("\\p{Lu}{2,6}-\\p{Lu}{1,2}");
    private static final Set<String> NO_SUFFIX = WordSet.of("A", "I");

    private HyphenatedNames() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        boolean[] covered = new boolean[tokens.length];
        mentions.forEach(m -> ListAndRulePass.mark(covered, m));
        for (int i = 0; i < tokens.length; i++) {
            int article = articleWidth(tokens, i);
            if (article != 0) {
                arabicArticle(tokens, mentions, sentence, covered, i, article);
            }
            int acronym = acronymWidth(tokens, i, gazetteer);
            if (acronym > 0) {
                acronymWithSuffix(tokens, mentions, sentence, covered, i, acronym);
            }
        }
        articleOnlyPersons(tokens, mentions);
    }

    /**
     * Tokens of the article before a capitalised word at {@code i}: 2 ("al", "-"), 1 ("al-"), -1 for one token
     * holding the name ("al-Nusra"), 0 if none.
     */
    private static int articleWidth(String[] tokens, int i) {
        if (i + 2 < tokens.length && ARABIC_ARTICLES.contains(tokens[i]) && tokens[i + 1].equals("-")
                && ListAndRulePass.capitalised(tokens[i + 2])) {
            return 2;
        }
        if (i + 1 < tokens.length && tokens[i].endsWith("-") && ARABIC_ARTICLES.contains(tokens[i].substring(0,
                tokens[i].length() - 1)) && ListAndRulePass.capitalised(tokens[i + 1])) {
            return 1; // "al-", "Hadra": the tokenizer's third way
        }
        if (i + 1 < tokens.length && ARABIC_ARTICLES.contains(tokens[i]) && tokens[i + 1].length() > 2
                && tokens[i + 1].charAt(0) == '-' && Character.isUpperCase(tokens[i + 1].charAt(1))) {
            return 1; // "al", "-Hadra": its fourth
        }
        String t = tokens[i];
        return t.length() > 4 && t.charAt(2) == '-' && ARTICLE_TOKEN.matcher(t).matches() ? -1 : 0;
    }

    private static void arabicArticle(String[] tokens, List<MentionDraft> mentions, int sentence, boolean[] covered,
            int i, int article) {
        int word = article > 0 ? i + article : i; // the capitalised word after the article
        MentionDraft after = starting(mentions, word);
        if (article > 0 && after != null && !covered[i]) {
            after.start = i; // "al - Nusra Front": the model had "Nusra Front"
            MentionDraft before = ending(mentions, i);
            if (before != null && before.type.equals(EntityTypes.PERSON) && after.type.equals(EntityTypes.PERSON)) {
                before.end = after.end; // "Bashar" + "al-Assad": one person
                mentions.remove(after);
            }
            ListAndRulePass.mark(covered, i, word);
            return;
        }
        if (after != null || covered[i] || covered[word]) {
            return;
        }
        int end = word + 1;
        while (end < tokens.length && !covered[end] && ListAndRulePass.capitalised(tokens[end])
                && !ListAndRulePass.isPunct(tokens[end])) {
            end++;
        }
        boolean orgWord = ProperNameRule.ORG_WORDS.contains(tokens[end - 1]) || tokens[end - 1].equals("Brigades");
        boolean groupWord = end < tokens.length && GROUP_WORDS.contains(tokens[end]);
        boolean the = i > 0 && (tokens[i - 1].equals("the") || tokens[i - 1].equals("The"));
        if (orgWord || groupWord && (the || end == word + 1 || i == 0 || !ListAndRulePass.capitalised(tokens[i - 1]))) {
            mentions.add(new MentionDraft(sentence, i, end, EntityTypes.ORGANIZATION, true));
            ListAndRulePass.mark(covered, i, end);
            return;
        }
        int bare = bareEnd(tokens, covered, i, word);
        if (bare > 0) {
            mentions.add(new MentionDraft(sentence, i, bare, EntityTypes.ORGANIZATION, true));
            ListAndRulePass.mark(covered, i, bare);
        }
    }

    /** Words before a name that make it a place ("in al-Anbar", "near el-Arish"). */
    private static final Set<String> LOCATIVES = WordSet.of("in", "at", "near", "from", "to", "into", "outside", "across",
            "through", "toward", "towards", "around", "inside");
    /** Nouns after a name that make it a place or a building ("the al-Aqsa mosque", "al-Rashid street"). */
    private static final Set<String> PLACE_NOUNS = WordSet.of("mosque", "province", "district", "city", "town", "village",
            "camp", "hospital", "street", "square", "neighbourhood", "neighborhood", "area", "region", "prison",
            "refugee", "governorate", "quarter", "compound", "university", "airport", "base", "border", "crossing",
            "road", "bridge", "valley", "river", "palace", "hotel", "oilfield", "field", "checkpoint", "gate");

    /**
     * An untagged name of the article alone ("al-Shabaab claimed the attack", "fighters of al-Nusra"), or of two
     * ("al-Jamaa al-Islamiya"), with no capitalised word before it (that would be a person's given name, "Omar
     * al-Bashir") and no capitalised word after it, is a body: people's names of this shape follow a given name or
     * a title, which the model tags. Not after a locative word or before a place's noun ("in al-Anbar", "the
     * al-Aqsa mosque"). Returns the name's end, 0 if none.
     */
    private static int bareEnd(String[] tokens, boolean[] covered, int i, int word) {
        if (i > 0 && (ListAndRulePass.capitalised(tokens[i - 1]) && !ListAndRulePass.isPunct(tokens[i - 1])
                && !tokens[i - 1].equals("The") || LOCATIVES.contains(tokens[i - 1]))) {
            return 0;
        }
        int end = word + 1;
        int second = end < tokens.length && !covered[end] ? articleWidth(tokens, end) : 0;
        if (second != 0) {
            int w = second > 0 ? end + second : end;
            if (w < tokens.length && !covered[w]) {
                end = w + 1; // "al-Jamaa al-Islamiya"
            }
        }
        if (end < tokens.length && (ListAndRulePass.capitalised(tokens[end]) && !ListAndRulePass.isPunct(tokens[end])
                || PLACE_NOUNS.contains(tokens[end]) || tokens[end].equals("-"))) {
            return 0;
        }
        return end;
    }

    /**
     * A "person" made of two article names and nothing else ("al-Jamaa al-Islamiya"): no person's name has no given
     * name, it is a body.
     */
    static void articleOnlyPersons(String[] tokens, List<MentionDraft> mentions) {
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.PERSON) || (m.start > 0 && ListAndRulePass.capitalised(tokens[m.start - 1])
                    && !ListAndRulePass.isPunct(tokens[m.start - 1]))) {
                continue;
            }
            int names = 0;
            int k = m.start;
            while (k < m.end) {
                int a = articleWidth(tokens, k);
                if (a == 0) {
                    break;
                }
                names++;
                k = a > 0 ? k + a + 1 : k + 1;
            }
            if (k == m.end && names >= 2) {
                m.type = EntityTypes.ORGANIZATION;
                m.canonical = null;
            }
        }
    }

    /** Tokens of an acronym with a hyphen and a suffix at {@code i} (3 apart, 1 as one token), 0 if none. */
    private static int acronymWidth(String[] tokens, int i, Gazetteer gazetteer) {
        // the cheap tests first: this runs on every token of every sentence
        if (i + 2 < tokens.length && tokens[i + 1].equals("-") && ACRONYM.matcher(tokens[i]).matches()
                && SUFFIX.matcher(tokens[i + 2]).matches() && !NO_SUFFIX.contains(tokens[i + 2])
                && noPlace(gazetteer, tokens[i]) && noPlace(gazetteer, tokens[i + 2])
                && (i + 3 == tokens.length || !tokens[i + 3].equals("-"))) {
            return 3;
        }
        if (tokens[i].indexOf('-') > 1 && ACRONYM_TOKEN.matcher(tokens[i]).matches()) {
            int dash = tokens[i].indexOf('-');
            return noPlace(gazetteer, tokens[i].substring(0, dash)) && noPlace(gazetteer, tokens[i].substring(dash + 1))
                    ? 1 : 0;
        }
        return 0;
    }

    private static boolean noPlace(Gazetteer gazetteer, String token) {
        Gazetteer.Entry e = gazetteer.lookup(token);
        // listed places only: GeoNames holds many short codes, and an acronym listed as a body is none
        return (e == null || e.kind() != Gazetteer.Kind.LOCATION) && !gazetteer.isCountry(token);
    }

    private static void acronymWithSuffix(String[] tokens, List<MentionDraft> mentions, int sentence,
            boolean[] covered, int i, int width) {
        int end = i + width;
        MentionDraft at = starting(mentions, i);
        if (at != null) {
            if (at.end == i + 1 && width == 3 && !covered[i + 1] && !covered[i + 2]) {
                at.end = end; // the model had the acronym alone
                at.type = EntityTypes.ORGANIZATION;
                ListAndRulePass.mark(covered, i, end);
            }
            return;
        }
        for (int k = i; k < end; k++) {
            if (covered[k]) {
                return;
            }
        }
        mentions.add(new MentionDraft(sentence, i, end, EntityTypes.ORGANIZATION, true));
        ListAndRulePass.mark(covered, i, end);
    }

    private static MentionDraft starting(List<MentionDraft> mentions, int start) {
        for (MentionDraft m : mentions) {
            if (m.start == start) {
                return m;
            }
        }
        return null;
    }

    private static MentionDraft ending(List<MentionDraft> mentions, int end) {
        for (MentionDraft m : mentions) {
            if (m.end == end) {
                return m;
            }
        }
        return null;
    }
}
