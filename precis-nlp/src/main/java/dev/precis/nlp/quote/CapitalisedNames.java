package dev.precis.nlp.quote;

import dev.precis.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fallback name finder used only when no entity mentions are passed in: runs of capitalised words
 * (with initials such as "J."), which is enough to link a surname to the full name met earlier
 * ("Sullivan" → "John J. Sullivan"). It does not type names; a real {@code EntityRecognizer} should
 * be used whenever available. Linear time. Thread-safe (stateless).
 */
final class CapitalisedNames {

    private static final Pattern RUN = Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]*))*");

    private CapitalisedNames() {
    }

    static List<TextRange> find(String text) {
        List<TextRange> out = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            int end = m.end();
            String s = m.group();
            if (s.endsWith("’s") || s.endsWith("'s")) {
                end -= 2;
            }
            if (end - m.start() > 1) {
                out.add(new TextRange(m.start(), end));
            }
        }
        return out;
    }
}
