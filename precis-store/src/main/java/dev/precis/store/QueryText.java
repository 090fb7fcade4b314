package dev.precis.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a user typed into a search query. The query language is Lucene's classic syntax (fields,
 * quotes, AND/OR/NOT, parentheses) with three changes for text typed by people, not programmers: a slash
 * is an ordinary character ("AC/DC", "1/2"; Lucene would start a regular expression), text that is not
 * valid syntax (a stray quote or parenthesis, a dangling AND/OR/NOT) is searched as plain words instead of failing,
 * its operator words dropped, and so is
 * text nested deeper than {@value #MAX_DEPTH} levels of parentheses (Lucene's parser recurses once per
 * level and a few thousand levels overflow the stack). Stateless.
 */
final class QueryText {

    /** Parenthesis levels parsed as syntax; far more than anyone types. */
    static final int MAX_DEPTH = 20;

    private QueryText() {
    }

    /** The query for {@code text} over the given fields, all words required unless the text says otherwise. */
    static Query parse(String text, Analyzer analyzer, String[] fields, java.util.Map<String, Float> boosts) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzer, boosts);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        Query q = null;
        if (depth(text) <= MAX_DEPTH) {
            try {
                q = parser.parse(withoutLoneSyntax(text).replaceAll("(?<!\\\\)/", "\\\\/"));
            } catch (ParseException | IndexSearcher.TooManyClauses e) {
                q = null; // searched as plain words below
            }
        }
        if (q == null) {
            // the operator words left in text that is no valid syntax ("a AND", "NOT") are syntax residue, not words
            // to look for: without them the rest is searched, as any other invalid text is
            String plain = QueryParser.escape(withoutWordlessWords(text)).replaceAll("\\b(AND|OR|NOT)\\b", " ");
            if (plain.isBlank()) {
                return new MatchNoDocsQuery();
            }
            try {
                q = parser.parse(plain);
            } catch (ParseException | IndexSearcher.TooManyClauses e) {
                if (e instanceof IndexSearcher.TooManyClauses || e.getCause() instanceof IndexSearcher.TooManyClauses) {
                    throw tooManyWords();
                }
                throw new IllegalArgumentException("cannot search for '" + shorten(text) + "'");
            }
        }
        return q == null ? new MatchNoDocsQuery() : q;
    }

    /**
     * Drops every word without a letter or digit, such as the syntax characters {@code ! - + * ? ~ ^ : " \\}
     * or a dash: standing alone they qualify nothing ("encore !", "Valletta \"", a lone "*", "a -- b"). Lucene's parser would read them as operators
     * on the field names or as a wildcard, and even escaped they become a required clause that no field's
     * analyzer fills, which matches nothing. Parentheses, brackets, {@code &&} and {@code ||} keep their meaning.
     */
    static String withoutLoneSyntax(String text) {
        return LONE_SYNTAX.matcher(text).replaceAll(" ");
    }

    /** Words without a letter or digit (" -- ", " ... "): nothing to look for, and a required clause that matches nothing. */
    private static String withoutWordlessWords(String text) {
        return WORDLESS.matcher(text).replaceAll(" ");
    }

    private static final java.util.regex.Pattern LONE_SYNTAX =
            java.util.regex.Pattern.compile("(?<=^|\\s)(?!(?:&&|\\|\\|)(?:\\s|$))[^\\p{L}\\p{N}\\s()\\[\\]{}]+(?=\\s|$)");
    private static final java.util.regex.Pattern WORDLESS = java.util.regex.Pattern.compile("(?<=^|\\s)[^\\p{L}\\p{N}\\s]+(?=\\s|$)");

    /** The one-line error for a query (or a wildcard's expansion) past Lucene's clause limit. */
    static IllegalArgumentException tooManyWords() {
        return new IllegalArgumentException("the query has too many words (at most " + IndexSearcher.getMaxClauseCount() + ")");
    }

    /** The deepest nesting of parentheses outside quotes (backslash escapes respected). */
    static int depth(String text) {
        int depth = 0;
        int max = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                max = Math.max(max, ++depth);
            } else if (!quoted && c == ')' && depth > 0) {
                depth--;
            }
        }
        return max;
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
