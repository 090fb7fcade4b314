package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplatePhrasesTest {

    @ParameterizedTest
    @ValueSource(strings = {"No time to read?", "Get a summary", "Previous Article", "Next Article", "ADVERTISEMENT",
        "Share this article", "Photo: Jane Doe/Getty Images", "We use cookies to improve your experience.",
        "Sign up for our daily newsletter", "12 comments", "Read more: Council approves budget", "Anzeige"})
    void chromeLines(String line) {
        assertThat(BoilerplatePhrases.isChrome(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The council will share the cost with the region.",
        "Next year the newsletter's editor plans to retire, she said, after forty years in the job.",
        "Photographs from the archive show the bridge in 1920."})
    void articleLinesAreNotChrome(String line) {
        assertThat(BoilerplatePhrases.isChrome(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By signing up, you agree to receive recurring automated text messages from the Daily Example at the number provided, and to our Terms of Use and Privacy Policy. Message and data rates may apply; reply STOP to cancel at any time.",
        "By clicking Subscribe, you confirm you are 16+ and accept our Terms.", "Thanks for signing up!",
        "Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung und die Nutzungsbedingungen des Lokalblatts.",
        "En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité.",
        "Al suscribirte, aceptas nuestra política de privacidad.", "Iscrivendoti accetti l'informativa sulla privacy."})
    void signUpSmallPrintInSeveralLanguages(String line) {
        assertThat(BoilerplatePhrases.isChrome(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"By signing the lease, tenants agree to keep the garden tidy.",
        "By clicking through the archive, readers can follow the bridge's history from 1920 to the present day, and the"
            + " museum says it hopes that visitors will accept the invitation to add their own photographs of the river."
            + " " + "The archive is free to use and open every day except public holidays, when the reading room is closed."})
    void sentencesThatOnlyLookLikeSmallPrintStay(String line) {
        assertThat(BoilerplatePhrases.isChrome(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"You may also like", "You might also like...", "Related stories", "Você pode gostar...",
        "Das könnte Sie auch interessieren", "Most read", "Read next"})
    void endOfArticleMarkers(String line) {
        assertThat(BoilerplatePhrases.isEndOfArticle(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10:42", "12 March 2024", "Updated 9:30 am", "9. November 2023, 14:02 Uhr"})
    void dateLines(String line) {
        assertThat(BoilerplatePhrases.isDateLine(line)).isTrue();
        assertThat(BoilerplatePhrases.isDateLine("The vote on 12 March 2024 was close.")).isFalse();
    }

    /** The shapes matched apart, the floating ones behind their word cue, answer as the one joined pattern. */
    @Test
    void sameAnswerAsAllShapesJoined() {
        Pattern joined = Pattern.compile(String.join("|", BoilerplatePhrases.CHROME_SHAPES),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String[] pieces = {"get a summary", "Get an AI Summary", "sign up for our", "subscribe to the", "weekly",
            "newsletter", "NEWSLETTERS", "we use cookies", "This website uses cookies", "Getty Images", "AP Photo",
            "AFP via Getty", "Shutterstock", "may be reached at", "get the latest", "receive our", "in your inbox",
            "to your inbox", "subſcribe to", "ſummary", "the council", "said", "on Tuesday", "photo:", "share", "\u00e9",
            "12", " ", "  ", ",", ".", "\n", "jane@example.org"};
        Random random = new Random(39);
        int chrome = 0;
        for (int k = 0; k < 30_000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(7);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            String line = sb.toString();
            if (line.length() <= 160) {
                // no piece opens a sign-up notice, so the joined shapes alone decide
                boolean expected = joined.matcher(line.strip()).matches();
                assertThat(BoilerplatePhrases.isChrome(line)).as(line).isEqualTo(expected);
                chrome += expected ? 1 : 0;
            }
        }
        assertThat(chrome).isGreaterThan(1_000);
    }
}
