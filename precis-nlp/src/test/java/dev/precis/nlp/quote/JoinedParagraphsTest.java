package dev.precis.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Paragraphs run together into one line ({@code eval quotes --perturb joined}): where {@link JoinedParagraphs} reads a
 * paragraph start back. Sentences invented for this test.
 */
class JoinedParagraphsTest {

    private static final String FILLER = " The harbour board met again on Tuesday to decide the fate of the old swing bridge,"
            + " which has been closed to traffic since the spring floods and costs the town more every month.";

    @Test
    void aQuotationRightAfterAnotherThatEndedItsSentenceStartsAParagraph() {
        String text = FILLER.strip() + " “We cannot keep patching it,” said Ann Reed. “It was built for carts.” “Nobody will"
                + " miss it,” Tom Hale said." + FILLER + FILLER;
        String restored = JoinedParagraphs.restored(text);
        assertThat(restored).hasSameSizeAs(text);
        assertThat(restored).contains("carts.”\n“Nobody");
        // after narration or a credit the quotation stays in its sentence's paragraph
        assertThat(restored).contains("Ann Reed. “It was");
        assertThat(restored).contains("spring floods and costs the town more every month. “We cannot");
    }

    @Test
    void textWithLineBreaksOrShortTextIsLeftAlone() {
        String paragraphed = FILLER.strip() + "\n\n“It was built for carts.” “Nobody will miss it,” Tom Hale said." + FILLER + FILLER;
        assertThat(JoinedParagraphs.restored(paragraphed)).isEqualTo(paragraphed);
        String shortText = "“It was built for carts.” “Nobody will miss it,” Tom Hale said.";
        assertThat(JoinedParagraphs.restored(shortText)).isEqualTo(shortText);
    }
}
