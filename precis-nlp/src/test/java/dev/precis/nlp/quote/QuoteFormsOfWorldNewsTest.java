package dev.precis.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Direct-quote forms of international newswire that the finder missed (quotes36's probes): reversed guillemets
 * (»…«), a quotation paragraph indented by an HTML extraction after "she said:", and a credit naming a relation by a
 * possessive ("said his sister, Name"). Each case gives no quote on main. Sentences invented for this test.
 */
class QuoteFormsOfWorldNewsTest {

    private static String speakerOf(String text, String content) {
        return QuoteTestSupport.speakerOf(text, List.of(), content);
    }

    @Test
    void reversedGuillemetsPairAsOneQuotation() {
        String text = "»The harbour will reopen in spring«, Mayor Ilse Brandt told the council on Monday.";
        assertThat(speakerOf(text, "harbour will reopen")).isEqualTo("Ilse Brandt");
    }

    @Test
    void aClosingGuillemetWithNoQuotationOpenAndNoneToCloseItStaysAClosingMark() {
        // French order: the » after the words closes; nothing after it opens a new quotation
        String text = "« The harbour will reopen in spring », said Mayor Ilse Brandt. Work starts » soon.";
        assertThat(speakerOf(text, "harbour will reopen")).isEqualTo("Ilse Brandt");
        assertThat(QuoteTestSupport.direct(text, List.of())).hasSize(1);
    }

    @Test
    void anIndentedQuotationParagraphIsIntroducedByTheColonBeforeIt() {
        String text = "Port director Nadia Osei met fishermen on Friday. She said:\n\n"
                + "    “The new quay will be finished by May. Nobody will lose a berth.”\n\nThe fishermen were not convinced.";
        assertThat(speakerOf(text, "new quay")).isEqualTo("Nadia Osei");
    }

    @Test
    void aRelationNamedByAPossessiveBeforeTheNameCredits() {
        String after = "“He never came home from the market,” said his brother, Tunde Adeyemi.";
        assertThat(speakerOf(after, "never came home")).isEqualTo("Tunde Adeyemi");
        String setOff = "“He never came home from the market,” her son, Tunde Adeyemi, told reporters.";
        assertThat(speakerOf(setOff, "never came home")).isEqualTo("Tunde Adeyemi");
    }
}
