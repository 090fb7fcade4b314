package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private static final LanguageGuesser GUESSER = LanguageGuesser.load();

    /** Place names, times and people's names: no language the model can be sure of. */
    private static final String LIST = "Oslo, Bergen, Lima, Quito, Dakar, Hanoi, Perth, Tromsø, Cusco, Accra;"
            + " 12:30, 14:45, 16:00, 18:15. Anna Berg, Tom Lind, Marco Rossi, Kim Park, Ole Dahl, Ana Silva,"
            + " Jan Novak, Eva Holm. ";
    private static final String GERMAN = "Der Gemeinderat hat am Donnerstag beschlossen, die alte Brücke über"
            + " den Fluss im nächsten Frühjahr zu erneuern, weil die Pfeiler nach dem langen Winter nicht mehr"
            + " sicher sind und die Bürger seit Jahren darauf warten.";

    @Test
    void plainProseIsSettledByItsStart() {
        String text = "The town council agreed on Thursday to rebuild the old bridge over the river next spring,"
                + " because its piers are no longer safe after the long winter and people have waited for years."
                + " Work is due to start in March and the road will stay closed until the autumn.";
        assertEquals("en", GUESSER.guess(text, null));
    }

    @Test
    void anUnsureStartIsReadOnToTheWholeSample() {
        // the first 200 characters alone read as another language; the German after them decides
        String text = LIST + GERMAN;
        assertEquals("de", GUESSER.guess(text, null));
        assertEquals("de", GUESSER.guess(text, "en"));
    }

    @Test
    void tooShortATextAnswersTheDeclaredLanguage() {
        assertEquals("fr", GUESSER.guess("Oslo, 12:30.", "fr-FR"));
        assertNull(GUESSER.guess("Oslo, 12:30.", null));
    }
}
