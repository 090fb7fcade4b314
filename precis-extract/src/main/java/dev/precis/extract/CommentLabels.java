package dev.precis.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words a post's meta line puts before the day of its latest reader comment or reply ("Letzter Kommentar:
 * 08.03.2024", "Last comment: March 8, 2024", "Dernier commentaire le 8 mars 2024"), often before the post's own
 * day: that day is a reader's, not the page's. A bare "Kommentar" is no such label (German sites file opinion
 * pieces so). Stateless.
 */
final class CommentLabels {

    private CommentLabels() {
    }

    private static final Pattern LATEST_COMMENT = Pattern.compile("(?<!\\p{L})(?:"
            + "(?:letzter|neuester|jüngster)\\s+(?:kommentar|beitrag)|letzte\\s+antwort"
            + "|(?:last|latest|newest)\\s+(?:comment|reply|post)"
            + "|dernier\\s+commentaire|dernière\\s+réponse|último\\s+comentario|última\\s+respuesta"
            + "|ultimo\\s+commento|ultima\\s+risposta|laatste\\s+(?:reactie|commentaar)|último\\s+comentário"
            + "|ostatni\\s+komentarz|ostatnia\\s+odpowiedź|последний\\s+комментарий|последний\\s+ответ)"
            // the preposition or colon between the label and its day ("am", "le", "on", "el", "il", "op", "em", "в")
            + "[\\s:–—-]*(?:am|vom|le|du|on|el|del|il|op|van|em|de|в|от)?[\\s:]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A piece of each first word of {@link #LATEST_COMMENT}: asked of every unlabelled date a page shows, the label
     * is looked for only where one of these stands before it (a plain search, far cheaper than the pattern).
     */
    private static final List<String> FIRST_WORDS = List.of("letzte", "neueste", "jüngste", "last", "latest",
            "newest", "derni", "últim", "ultim", "laatste", "ostatni", "последн");

    /** True when the text of {@code s} from {@code from} to {@code to} (a date's start) ends with a latest comment's label. */
    static boolean leads(CharSequence s, int from, int to) {
        from = Math.max(0, from);
        if (from >= to) {
            return false;
        }
        String before = s.subSequence(from, to).toString().toLowerCase(Locale.ROOT);
        if (FIRST_WORDS.stream().noneMatch(before::contains)) {
            return false;
        }
        int start = DateLines.labelFrom(s, from, to);
        return start < to && LATEST_COMMENT.matcher(s.subSequence(start, to)).find();
    }
}
