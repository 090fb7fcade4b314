package dev.precis.extract;

/**
 * {@link Character#isWhitespace(char)} with the ASCII answer inline. The page-wide character counts
 * (every text node's characters, twice per page) called the JDK's method per character, which the
 * launcher's small inlining limits keep as a chain of calls (its character-data lookup); most page
 * text is ASCII. Same answer for every char (checked over all 65,536).
 */
final class Whitespace {

    private Whitespace() {
    }

    static boolean is(char ch) {
        if (ch < 0x80) {
            // tab, line feed, vertical tab, form feed, carriage return; the four separators; space
            return ch == ' ' || ch >= '\t' && ch <= '\r' || ch >= '\u001c' && ch <= '\u001f';
        }
        return Character.isWhitespace(ch);
    }
}
