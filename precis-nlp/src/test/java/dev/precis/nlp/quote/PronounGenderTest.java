package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PronounGenderTest {

    @Test
    void aWomanCreditedThroughSheIsNoHeLater() {
        String text = "HARTFORD (Wire) -- Kendall Reed brought her favourite candidate the biggest crowd of the race on Sunday. "
                + "Reed toured three towns with Tom Hale this weekend. "
                + "“We get to vote for a man who knows who we are,” she told the crowd. "
                + "She also said Hale would bring “a sense of honesty” to the office. "
                + "After long thanks to his brother and to Reed -- and admitting that the crowd came to see Reed, not him -- Hale began his speech. "
                + "“I am running because the time is now,” he said. "
                + "Turning to the economy, he said, “there is such a thing as being too late.”";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Kendall Reed", "Reed", "Tom Hale", "Hale");
        assertThat(speakerOf(text, e, "I am running")).isEqualTo("Tom Hale");
        assertThat(speakerOf(text, e, "too late")).isEqualTo("Tom Hale");
    }
}
