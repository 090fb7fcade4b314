package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quotation read from a document speaks for whoever issued it, whether the credit names the document first ("the
 * statement read"), the verb first ("read the email") or stands for it by "it" ("it read"). The sentences are
 * written for this test; the entities are marked by hand.
 */
class DocumentCreditsTest {

    @Test
    void itReadCreditsTheSignNamedBeforeTheQuote() {
        String text = "Ida Marsh took the stage at the rally and lifted a sign of her own.\n\n“I am still here,” it read.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Ida Marsh");
        Quote q = only(text, e, "I am still here");
        assertThat(q.speaker()).isEqualTo("Ida Marsh");
        assertThat(q.speakerRange().slice(text)).isEqualTo("it");
    }

    @Test
    void theVerbBeforeTheDocumentCreditsWhoeverSentIt() {
        String text = "The Harbor Union sent out a fundraising email on Saturday. “Our fight has already changed the "
                + "council's mind,” read the email.";
        List<EntityMention> e = marked(text, EntityType.ORGANIZATION, "Harbor Union");
        Quote q = only(text, e, "Our fight has already");
        assertThat(q.speaker()).isEqualTo("Harbor Union");
        assertThat(q.speakerRange().slice(text)).isEqualTo("the email");
    }

    @Test
    void itReadWithNoDocumentNamedBeforeIsNoDocumentsCredit() {
        String text = "The new novel sold well in the spring.\n\n“The sea took the last of the boats,” it read.";
        assertThat(direct(text, List.of())).noneMatch(q -> q.speaker() != null && q.speaker().startsWith("the "));
    }

    private static Quote only(String text, List<EntityMention> e, String words) {
        return direct(text, e).stream().filter(q -> q.content().slice(text).contains(words)).findFirst().orElseThrow();
    }
}
