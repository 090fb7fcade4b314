package dev.precis.extract;

/**
 * {@link Character#isWhitespace(char)} answered inline. The page-wide character counts
 * (every text node's characters, twice per page) called the JDK's method per character, which the
 * launcher's small inlining limits keep as a chain of calls (its character-data lookup); most page
 * text is ASCII, and no letter of the common scripts is white space. Same answer for every char
 * (checked over all 65,536).
 */
final class Whitespace {

    private Whitespace() {
    }

    static boolean is(char ch) {
        if (ch < 0x80) {
            // tab, line feed, vertical tab, form feed, carriage return; the four separators; space
            return ch == ' ' || ch >= '\t' && ch <= '\r' || ch >= '\u001c' && ch <= '\u001f';
        }
        // above ASCII only U+1680, U+2000 to U+200A (not U+2007, a no-break space), U+2028, U+2029,
        // U+205F and U+3000 are white space (curly quotes and dashes, U+2010 to U+201F, are not)
        return ch >= '\u1680' && (ch == '\u1680' || ch >= '\u2000' && ch <= '\u200a' && ch != '\u2007'
                || ch == '\u2028' || ch == '\u2029' || ch == '\u205f' || ch == '\u3000');
    }
}
