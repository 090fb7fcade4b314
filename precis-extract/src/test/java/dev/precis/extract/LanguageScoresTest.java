package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Random;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link LanguageScores} must rank exactly as OpenNLP's detector does: the same languages in the same order with
 * bit-identical confidences, on made-up sentences in several scripts and on random texts.
 */
class LanguageScoresTest {

    private static LanguageDetectorModel model;
    private static LanguageScores scores;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = LanguageScoresTest.class.getResourceAsStream("/langdetect-183.bin")) {
            model = new LanguageDetectorModel(in);
        }
        scores = new LanguageScores(model);
    }

    private static void sameAsDetector(String text) {
        Language[] expected = new LanguageDetectorME(model).predictLanguages(text);
        Language[] actual = scores.rank(text);
        assertThat(actual).as("'%s'", text).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i].getLang()).as("'%s' rank %d", text, i).isEqualTo(expected[i].getLang());
            assertThat(Double.doubleToRawLongBits(actual[i].getConfidence())).as("'%s' rank %d", text, i)
                    .isEqualTo(Double.doubleToRawLongBits(expected[i].getConfidence()));
        }
    }

    @Test
    void madeUpSentencesRankAsTheDetectorRanksThem() {
        String[] texts = {
            "The ferry to the harbour island leaves twice an hour on weekdays, and the last one returns at 11 pm.",
            "Der neue Radweg am Kanal wird im Frühjahr eröffnet, sagte die Bürgermeisterin am Donnerstag.",
            "La bibliothèque municipale ouvrira ses portes le dimanche à partir du mois prochain, selon la mairie.",
            "El mercado del barrio amplía su horario durante las fiestas y abre también los domingos por la tarde.",
            "Новый мост через реку откроют для пешеходов в конце лета, сообщили в городской администрации.",
            "Η νέα γραμμή του τραμ θα συνδέει το λιμάνι με το κέντρο της πόλης από τον επόμενο μήνα.",
            "新しい図書館は駅の近くに建てられ、来年の春に開館する予定です。市によると、蔵書は十万冊です。",
            "市政府表示，新的公园将于明年春天开放，并将设有自行车道和儿童游乐场。",
            "Visit https://town.example/news?id=12 or write to #harbour @ferrytimes 😀 for the 2025 timetable!!!",
            "MIXED case TEXT With NUMBERS 1234 5678 and   many    spaces\tand\ttabs\nand lines",
            "İstanbul'da yeni metro hattı gelecek ay açılacak; ΣΊΣΥΦΟΣ ẞTRASSE 𐐀𐐁 tests code points."};
        for (String t : texts) {
            sameAsDetector(t);
            assertThat(DetectorGrams.ordered(t)).as("'%s' takes the fast path", t).isNotNull();
        }
    }

    @Test
    void randomTextsRankAsTheDetectorRanksThem() {
        String[] pools = {"abcdefghij klmnopqrstuvwxyz ", "ABCÄÖÜßé èàç ", "абвгдежзий ", "αβγδεζ ", "日本語中文字 ",
            "0123456789 .,;:!? ", "\ud83d\ude00\ud801\udc00 ", "http://x.example/ #tag @who "};
        Random r = new Random(7);
        int fast = 0;
        for (int n = 0; n < 1500; n++) {
            StringBuilder s = new StringBuilder();
            int len = r.nextInt(600);
            String pool = pools[r.nextInt(pools.length)] + pools[r.nextInt(pools.length)];
            while (s.length() < len) {
                int at = r.nextInt(pool.length());
                s.append(Character.isHighSurrogate(pool.charAt(at)) && at + 1 < pool.length()
                        ? pool.substring(at, at + 2) : String.valueOf(pool.charAt(at)));
            }
            sameAsDetector(s.toString());
            fast += DetectorGrams.ordered(s) != null ? 1 : 0;
        }
        assertThat(fast).as("texts whose grams are ordered here, not by the detector").isGreaterThan(1400);
    }
}
