package dev.precis.nlp.time;

import java.util.Set;

/**
 * A year that is part of the name of a law or of a signed text: "the 1949 Parliament Act", "the Terrorism Act 2000",
 * "the Enforcement Act of 1989", "the 1999 Istanbul Declaration", "the 1951 United Nations Convention". It stays a
 * time expression with its year (TimeML annotates it so, and TimeBank does), but it dates the text's passing, not
 * what the sentence says happens ("the government may use the 1949 Parliament Act to force the bill through"), so
 * a timeline does not place the sentence at it. An event named by its year ("the 2012 Olympics", "the 2001 census")
 * is not such a name: the year is when the event takes place. Stateless.
 */
public final class NamedYears {

    /** The last word of a law's or a signed text's name. */
    private static final Set<String> TEXTS = Set.of("Act", "Acts", "Bill", "Treaty", "Convention", "Declaration",
            "Charter", "Accord", "Accords", "Agreement", "Protocol", "Pact", "Statute", "Directive", "Regulations",
            "Constitution", "Amendment", "Document");
    /** How many capitalised words a name may hold after its year ("the 1951 United Nations Refugee Convention"). */
    private static final int NAME_WORDS = 5;

    private NamedYears() {
    }

    /**
     * Whether {@code [start, end)} of {@code text} is a four-digit year inside a law's or a signed text's name:
     * followed by capitalised words the last of which names such a text, or right after such a word ("Act 2000",
     * "Act of 1989").
     */
    public static boolean inTheNameOfALaw(String text, int start, int end) {
        if (start < 0 || end > text.length() || end - start != 4 || !text.substring(start, end).chars().allMatch(Character::isDigit)) {
            return false;
        }
        return TEXTS.contains(lastNameWordAfter(text, end)) || TEXTS.contains(nameWordBefore(text, start));
    }

    /** The last of the capitalised words right after {@code end}, up to the first that is not or ends in a comma or stop. */
    private static String lastNameWordAfter(String text, int end) {
        String last = "";
        int i = end;
        for (int n = 0; n < NAME_WORDS; n++) {
            if (i >= text.length() || text.charAt(i) != ' ') {
                break;
            }
            int from = i + 1;
            int to = from;
            // a hyphen inside a word keeps it one word ("the 2001 Anti-Terrorism Act")
            while (to < text.length() && (Character.isLetter(text.charAt(to))
                    || text.charAt(to) == '-' && to + 1 < text.length() && Character.isLetter(text.charAt(to + 1)))) {
                to++;
            }
            if (to == from || !Character.isUpperCase(text.charAt(from))) {
                break;
            }
            last = text.substring(from, to);
            i = to;
        }
        return last;
    }

    /** The capitalised word right before {@code start}, past one space or " of ". */
    private static String nameWordBefore(String text, int start) {
        int to = start - 1;
        if (to < 1 || text.charAt(to) != ' ') {
            return "";
        }
        if (text.startsWith(" of ", to - 3)) {
            to -= 3;
        }
        int from = to;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return from < to && Character.isUpperCase(text.charAt(from)) ? text.substring(from, to) : "";
    }
}
