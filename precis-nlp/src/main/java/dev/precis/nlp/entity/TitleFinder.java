package dev.precis.nlp.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the role written before a person's name ("Russian Foreign Minister Sergey Lavrov", "US
 * Ambassador to the Russian Federation John J. Sullivan", "Russia's foreign minister, Sergei Lavrov")
 * and gives every mention of that person the first role found. Stateless and thread-safe.
 */
final class TitleFinder {

    static final Set<String> ROLE_WORDS = Set.of("president", "minister", "secretary", "ambassador",
            "spokesman", "spokeswoman", "spokesperson", "chancellor", "premier", "governor", "mayor", "senator",
            "general", "director", "chairman", "chairwoman", "chief", "head", "leader", "envoy", "commissioner",
            "deputy", "vice", "foreign", "defence", "defense", "interior", "finance", "prime", "justice", "trade",
            "economy", "energy", "health", "press", "executive", "first", "former", "acting", "senior", "top",
            "king", "queen", "prince", "coach", "manager", "captain", "representative", "permanent",
            "special", "counterpart", "diplomat", "official", "lawmaker", "judge", "prosecutor", "attorney",
            "ceo", "founder", "economist", "analyst", "lieutenant", "colonel", "commander", "admiral", "sergeant");
    static final Set<String> HEADS = Set.of("president", "minister", "secretary", "ambassador",
            "spokesman", "spokeswoman", "spokesperson", "chancellor", "premier", "governor", "mayor", "senator",
            "general", "director", "chairman", "chairwoman", "chief", "head", "leader", "envoy", "commissioner",
            "king", "queen", "prince", "coach", "manager", "captain", "representative", "counterpart", "diplomat",
            "judge", "prosecutor", "attorney", "ceo", "founder", "lieutenant", "colonel", "commander", "admiral");
    private static final Set<String> COMMON_OPENERS = Set.of("According", "As", "In", "On", "At", "By", "For",
            "From", "With", "After", "Before", "When", "While", "But", "And", "The", "A", "An", "Then", "Former");
    private static final Set<String> CONNECTORS = Set.of("to", "of", "the", "for", "and", "-", "at", "in");

    void assign(TokenizedText doc, List<MentionDraft> mentions) {
        Map<String, String> byEntity = new HashMap<>();
        Map<String, String> fromShortMention = new HashMap<>();
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.PERSON)) {
                String title = before(doc, m);
                if (title != null) {
                    (m.length() > 1 ? byEntity : fromShortMention).putIfAbsent(m.canonical, title);
                }
            }
        }
        fromShortMention.forEach(byEntity::putIfAbsent);
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.PERSON)) {
                m.title = byEntity.get(m.canonical);
            }
        }
    }

    private static String before(TokenizedText doc, MentionDraft m) {
        String[] tokens = doc.sentence(m.sentence);
        int end = m.start;
        if (end > 0 && tokens[end - 1].equals(",")) {
            end--;
        }
        int i = end - 1;
        int head = -1;
        while (i >= 0 && end - i <= 9) {
            String t = tokens[i];
            String lower = t.toLowerCase(Locale.ROOT);
            boolean role = ROLE_WORDS.contains(lower);
            if (HEADS.contains(lower) && head < 0) {
                head = i;
            }
            if (!(role || CONNECTORS.contains(lower) || ListAndRulePass.capitalised(t))) {
                break;
            }
            if (!role && head < 0 && !CONNECTORS.contains(lower) && end - i > 1) {
                // a capitalised word after the last role word is part of the title ("to the Russian Federation")
            }
            i--;
        }
        if (head < 0) {
            return null;
        }
        int start = i + 1;
        while (start < end && (CONNECTORS.contains(tokens[start].toLowerCase(Locale.ROOT))
                || start < head && !ROLE_WORDS.contains(tokens[start].toLowerCase(Locale.ROOT))
                && ListAndRulePass.capitalised(tokens[start]) && COMMON_OPENERS.contains(tokens[start]))) {
            start++;
        }
        int last = end;
        while (last > start && CONNECTORS.contains(tokens[last - 1].toLowerCase(Locale.ROOT))) {
            last--;
        }
        if (start >= last) {
            return null;
        }
        return doc.text().substring(doc.starts().get(m.sentence)[start], doc.ends().get(m.sentence)[last - 1]);
    }
}
