package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.ListAndRulePass.HONORIFICS;
import static dev.precis.nlp.entity.ListAndRulePass.SECOND_HONORIFIC;
import static dev.precis.nlp.entity.ListAndRulePass.calendar;
import static dev.precis.nlp.entity.ListAndRulePass.capitalised;
import static dev.precis.nlp.entity.ListAndRulePass.listedType;
import static dev.precis.nlp.entity.ListAndRulePass.mark;
import static dev.precis.nlp.entity.ListAndRulePass.nameToken;

import java.util.List;
import java.util.Set;

/**
 * Names the statistical model missed or cut short, added from the lists and from cues in the sentence:
 * a listed name of several words beats the model's cut ("International Monetary Fund"); listed names
 * nobody tagged; a GeoNames place after "in", "near" or "outside"; capitalised words after a title or
 * a listed first name; initials before a surname ("J. R. Smith"). Part of {@link ListAndRulePass},
 * which decides when each runs. Stateless and thread-safe.
 */
final class MissedNames {

    private final Gazetteer gazetteer;

    MissedNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** "M. Butcher", "J. R. Smith": initials before a capitalised surname. */
    void initials(String[] tokens, List<MentionDraft> mentions, boolean[] covered, int sentence) {
        for (int i = 0; i + 1 < tokens.length; i++) {
            if (covered[i] || !initial(tokens[i])) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.length && initial(tokens[end]) && !covered[end]) {
                end++;
            }
            if (end < tokens.length && covered[end]) {
                for (MentionDraft m : mentions) {
                    if (m.start == end && m.type.equals(EntityTypes.PERSON)) {
                        m.start = i; // "K. Benjamin": the initials belong to the name
                        for (int k = i; k < end; k++) {
                            covered[k] = true;
                        }
                    }
                }
            } else if (end < tokens.length && nameToken(gazetteer, tokens[end]) && !Gazetteer.isUpper(tokens[end])) {
                MentionDraft m = new MentionDraft(sentence, i, end + 1, EntityTypes.PERSON, true);
                mentions.add(m);
                mark(covered, m);
                i = end;
            }
        }
    }

    private static boolean initial(String t) {
        return t.length() == 2 && Character.isUpperCase(t.charAt(0)) && t.charAt(1) == '.';
    }

    /** A listed name of two or more words ("LOS ANGELES", "International Monetary Fund") beats the model's cut. */
    void preferLongListed(String[] tokens, List<MentionDraft> mentions, int sentence) {
        for (int i = 0; i + 1 < tokens.length; i++) {
            if (!capitalised(tokens[i])) {
                continue;
            }
            for (int len = Math.min(gazetteer.longestStartingWith(tokens[i]), tokens.length - i); len >= 2; len--) {
                Gazetteer.Entry e = gazetteer.lookup(tokens, i, i + len);
                String type = e == null ? null : listedType(e.kind());
                if (type == null) {
                    continue;
                }
                MentionDraft listed = new MentionDraft(sentence, i, i + len, type, true);
                listed.canonical = e.canonical();
                boolean blocked = false;
                for (MentionDraft m : mentions) {
                    blocked |= m.overlaps(listed) && m.length() > len;
                }
                if (!blocked) {
                    mentions.removeIf(m -> m.overlaps(listed));
                    mentions.add(listed);
                    i += len - 1;
                }
                break;
            }
        }
        for (MentionDraft m : mentions) {
            String t = tokens[m.start];
            if (m.length() == 1 && !m.ruleBased && !m.type.equals(EntityTypes.PERSON) && gazetteer.lookup(t) == null
                    && (t.endsWith("ian") || t.endsWith("ese") || t.endsWith("ish"))) {
                m.type = EntityTypes.MISC; // an unlisted demonym: "Tasmanian", "Mauritian"
            }
        }
    }

    /**
     * "al-Qaeda", "al Shabaab": names opened by the Arabic article, which wire copy writes in lower case; the list
     * spells them so, and only a listed name is taken.
     */
    private static boolean arabicArticle(String t) {
        return t.equals("al") || t.equals("el") || t.startsWith("al-") || t.startsWith("el-");
    }

    void listed(String[] tokens, List<MentionDraft> mentions, boolean[] covered, int sentence) {
        int i = 0;
        while (i < tokens.length) {
            if (covered[i] || !capitalised(tokens[i]) && !arabicArticle(tokens[i])) {
                i++;
                continue;
            }
            int matched = 0;
            Gazetteer.Entry entry = null;
            for (int len = Math.min(gazetteer.longestStartingWith(tokens[i]), tokens.length - i); len >= 1; len--) {
                if (covered[i + len - 1]) {
                    continue;
                }
                entry = gazetteer.lookup(tokens, i, i + len);
                if (entry != null && listedType(entry.kind()) != null) {
                    matched = len;
                    break;
                }
            }
            if (matched == 0) {
                i++;
                continue;
            }
            String type = listedType(entry.kind());
            // a listed one-word organisation opening a sentence may be a person's name ("Wagner said"), unless
            // it is an acronym ("IRNA said", "KUNA reported"); it is taken ("Hezbollah said it fired"), and the
            // document pass drops it when the word ends a person's name in the article; never a first name, an
            // ordinary word or a party's members
            boolean risky = matched == 1 && i == 0 && entry.kind() == Gazetteer.Kind.ORGANIZATION && !acronym(tokens[i]);
            if (!risky || !gazetteer.isFirstName(tokens[i]) && !gazetteer.isCommonWord(tokens[i])
                    && !DocumentLinker.PARTY_MEMBERS.contains(tokens[i])) { // "Total (37.5 overs)", "Conservatives have"
                MentionDraft m = new MentionDraft(sentence, i, i + matched, type, true);
                m.canonical = entry.canonical();
                m.openingListed = risky;
                mentions.add(m);
                mark(covered, m);
            }
            i += matched;
        }
    }

    /** Two or more letters, all capitals ("IRNA", "KUNA"). */
    private static boolean acronym(String token) {
        return token.length() >= 2 && token.chars().allMatch(Character::isUpperCase);
    }

    /** Prepositions after which a GeoNames name, untagged, is the place: "in Sylhet", "near Antalya". */
    private static final Set<String> LOCATIVES = Set.of("in", "near", "outside");

    /**
     * A GeoNames place name that nothing tagged, right after "in", "near" or "outside" and not followed by
     * another capitalised word, is a place: the list is only a feature of the name model, which misses
     * towns it never saw in training ("Flooding in Sylhet"). A month, weekday or first name is never taken.
     */
    void placesAfterLocatives(String[] tokens, List<MentionDraft> mentions, boolean[] covered, int sentence) {
        for (int i = 1; i < tokens.length; i++) {
            if (covered[i] || !LOCATIVES.contains(tokens[i - 1]) || !capitalised(tokens[i]) || calendar(tokens[i])
                    || gazetteer.isFirstName(tokens[i])) {
                continue;
            }
            int len = gazetteer.placeAt(tokens, i);
            if (len == 0 || i + len < tokens.length && (capitalised(tokens[i + len]) || covered[i + len])) {
                continue;
            }
            boolean free = true;
            for (int k = i; k < i + len; k++) {
                free &= !covered[k];
            }
            if (free) {
                MentionDraft m = new MentionDraft(sentence, i, i + len, EntityTypes.LOCATION, true);
                mentions.add(m);
                mark(covered, m);
                i += len - 1;
            }
        }
    }

    void afterTitles(String[] tokens, List<MentionDraft> mentions, boolean[] covered, int sentence) {
        for (int i = 0; i + 1 < tokens.length; i++) {
            boolean cue = (gazetteer.isTitleWord(tokens[i]) && Character.isUpperCase(tokens[i].charAt(0)))
                    || (!covered[i] && gazetteer.isFirstName(tokens[i]) && !Gazetteer.isUpper(tokens[i]));
            if (!cue || covered[i + 1]) {
                continue;
            }
            int start = gazetteer.isTitleWord(tokens[i]) ? i + 1 : i;
            if (start == i + 1 && HONORIFICS.contains(tokens[i]) && start + 1 < tokens.length
                    && SECOND_HONORIFIC.contains(tokens[start])) {
                start++; // "Datuk Seri Amran Talib"
            }
            int end = Math.max(start, i + 1);
            while (end < tokens.length && end - start < 4 && !covered[end] && nameToken(gazetteer, tokens[end])) {
                end++;
            }
            if (end > Math.max(start, i + 1) && !Gazetteer.isUpper(tokens[end - 1])) {
                MentionDraft m = new MentionDraft(sentence, start, end, EntityTypes.PERSON, true);
                mentions.add(m);
                mark(covered, m);
                i = end - 1;
            }
        }
    }
}
