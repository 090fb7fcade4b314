package dev.precis.extract;

import java.util.regex.Pattern;

/**
 * The labels that name a date as an event's or a deadline's, not the page's: "Termin: 20.07.2017", "Datum der
 * Veranstaltung: …", "Anmeldeschluss: …", "Date de l'événement : …", "Date limite : …", "Quand : …", "Data
 * dell'evento: …", "Scadenza: …", "Fecha del evento: …", "Plazo: …", "Wanneer: …", "Event date: …", "Deadline: …",
 * "Когда: …". Only as a label: the word, then a colon right before the date (in a sentence, "the event on 20 July" is
 * the clause tests' business). Stateless.
 */
final class EventLabels {

    private EventLabels() {
    }

    private static final Pattern EVENT = Pattern.compile("(?<!\\p{L})(?:"
            + "termine?|veranstaltung\\w*|wann|anmeldeschluss|einsendeschluss|bewerbungsschluss|\\w*frist|stichtag"
            + "|événement|evenement|quand|date\\s+limite|evento|quando|scadenza|cuándo|plazo|fecha\\s+límite"
            + "|wanneer|event|when|deadline|wydarzenie|kiedy|мероприятие|событие|когда|prazo)"
            // (a few words may stand between the word and its colon: "Termin der Lesung:", "Date de l'événement :")
            + "(?!\\p{L})[^:\\n.!?]{0,24}:\\s*(?:am|le|el|il|op|on|em)?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** True when the text of {@code s} from {@code from} to {@code to} (a date's start) ends with an event's label. */
    static boolean leads(CharSequence s, int from, int to) {
        from = Math.max(0, from);
        if (from >= to) {
            return false;
        }
        int start = DateLines.labelFrom(s, from, to);
        if (start >= to) {
            return false;
        }
        CharSequence before = s.subSequence(start, to);
        boolean colon = false;
        for (int i = before.length() - 1; i >= 0 && !colon; i--) {
            colon = before.charAt(i) == ':';
        }
        return colon && EVENT.matcher(before).find();
    }
}
