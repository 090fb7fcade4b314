package dev.precis.summarize;

/**
 * Quotation marks and apostrophes that a lossy conversion of the text turned into "?" (curly quotes
 * written out in a character set without them): "?We will win,? he said." or "Modi?s". The shape
 * features read quotations by their marks (how much of a sentence is quoted, whether a quotation is
 * credited to a bare pronoun, whether it is a question), so such a sentence would read as a question
 * without any quotation. A question mark has a place in English that a lost quotation mark does not
 * share: it ends a word or a sentence. Where a "?" cannot be one, it is read as the mark it stands
 * for, character for character (offsets are unchanged):
 * <ul>
 * <li>between two letters, an apostrophe ("Modi?s" → "Modi's");</li>
 * <li>opening a word (at the start, or after a space or an opening bracket, before a letter or a
 * digit), an opening quotation mark;</li>
 * <li>after a stop, comma or exclamation mark that follows a lower-case letter or a digit, and before
 * a space, a closing bracket or the end, a closing quotation mark ("… win,? he said");</li>
 * <li>while such a repaired quotation is open, right after a letter and before a space, a
 * punctuation mark or the end, its closing mark ("… called it ?historic? and …").</li>
 * </ul>
 * Any other "?" stays a question mark. Text without "?" is returned as it is. Stateless.
 */
final class LossyQuotes {

    private LossyQuotes() {
    }

    static String repair(String s) {
        int at = s.indexOf('?');
        if (at < 0) {
            return s;
        }
        char[] c = s.toCharArray();
        boolean open = false;
        for (int i = at; i < c.length; i++) {
            if (s.charAt(i) != '?') {
                continue;
            }
            char before = i > 0 ? s.charAt(i - 1) : ' ';
            char after = i + 1 < c.length ? s.charAt(i + 1) : ' ';
            boolean afterEnds = Character.isWhitespace(after) || after == ')' || after == ']';
            if (Character.isLetter(before) && Character.isLetter(after)) {
                c[i] = '\'';
            } else if ((Character.isWhitespace(before) || before == '(' || before == '[') && Character.isLetterOrDigit(after)) {
                c[i] = '“';
                open = true;
            } else if ((before == '.' || before == ',' || before == '!') && i >= 2
                    && (Character.isLowerCase(s.charAt(i - 2)) || Character.isDigit(s.charAt(i - 2))) && afterEnds) {
                c[i] = '”';
                open = false;
            } else if (open && Character.isLetter(before) && (afterEnds || after == ',' || after == '.' || after == ';'
                    || after == ':')) {
                c[i] = '”';
                open = false;
            }
        }
        return new String(c);
    }
}
