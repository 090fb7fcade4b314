package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quotes in the plain-text layouts the perturbation evaluation ({@code eval quotes --perturb}) found losing them:
 * hard-wrapped lines, CRLF line ends, and British single marks after a comma or around a short exclamation.
 * Sentences written for this test; the entities are given by hand as the recogniser would mark them.
 */
class PlainTextLayoutQuotesTest {

    private static final String WRAPPED = """
            The harbour board met on Tuesday to decide the fate of the old swing
            bridge, which has been closed to traffic since the spring floods.

            "We cannot keep patching a structure that was built for horse carts," said
            Ann Reed, who chairs the board. "The engineers have told us it will not
            survive another winter."

            Her deputy, Tom Hale, disagreed. He told reporters the repairs were
            cheap and said the board should "look again at the figures before
            anyone pulls down a bridge that has stood for a century."
            """;

    @Test
    void aSpeakerDescribedAcrossACrlfLineEndIsOneLine() {
        String text = "The council voted on Tuesday.\r\n\r\n\"We will not pay,\" said a\r\nspokesman for the board.\r\n";
        assertThat(speakerOf(text, List.of(), "We will not pay")).isEqualTo("a spokesman");
    }

    @Test
    void aWrappedQuoteKeepsItsSpeakerAcrossLineBreaks() {
        List<EntityMention> entities = marked(WRAPPED, EntityType.PERSON, "Ann Reed", "Tom Hale");
        assertThat(speakerOf(WRAPPED, entities, "look again at the figures")).isEqualTo("Tom Hale");
        Quote reed = direct(WRAPPED, entities).stream().filter(q -> q.content().slice(WRAPPED).contains("horse carts"))
                .findFirst().orElseThrow();
        assertThat(reed.speaker()).isEqualTo("Ann Reed");
        assertThat(reed.content().slice(WRAPPED)).contains("another winter");
    }

    @Test
    void crlfLineEndsFindTheSameQuotesAsLineFeeds() {
        String text = "The council voted on Tuesday.\n\nAnn Reed, who chairs the board, said: “We will start in May.\n\n"
                + "“The ferries will run all summer.”\n\nTom Hale disagreed.\n\n“It’s been seven years,” Tom Hale said, asked"
                + " about the delay.\n\n“We will see.”\n";
        String crlf = text.replace("\n", "\r\n");
        List<Quote> lf = new RuleQuoteFinder().find(text, new NewsSentenceSplitter().split(text), marked(text, EntityType.PERSON, "Ann Reed", "Tom Hale"));
        List<Quote> cr = new RuleQuoteFinder().find(crlf, new NewsSentenceSplitter().split(crlf),
                marked(crlf, EntityType.PERSON, "Ann Reed", "Tom Hale"));
        assertThat(cr.stream().map(q -> q.speaker() + ": " + q.content().slice(crlf).replace("\r", "")).toList())
                .isEqualTo(lf.stream().map(q -> q.speaker() + ": " + q.content().slice(text)).toList());
        assertThat(lf).hasSize(2); // each a run over two paragraphs, as the LF text reads (main already agreed here)
    }

    @Test
    void aSingleMarkAfterACommaWithoutASpaceOpensAQuote() {
        String text = "The harbour board met on Tuesday.\n\nIts chair, Ann Reed, said,‘We cannot keep patching a structure"
                + " that was built for horse carts.’";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Ann Reed"), "horse carts")).isEqualTo("Ann Reed");
    }

    @Test
    void aShortExclamationInSingleMarksIsAQuoteButAnApostropheIsNot() {
        String text = "The vote was close.\n\n‘Never again!’ said Tom Hale, her deputy. The boys’ band played on.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Tom Hale");
        assertThat(speakerOf(text, entities, "Never again")).isEqualTo("Tom Hale");
        assertThat(direct(text, entities)).hasSize(1);
        String scare = "The board called the plan ‘bold’ and the cost ‘modest’ in its report.";
        assertThat(new RuleQuoteFinder().find(scare, new NewsSentenceSplitter().split(scare), List.of()).stream()
                .filter(q -> q.kind() == QuoteKind.DIRECT)).isEmpty();
    }

    @Test
    void aWordInsideTheQuotationIsNeverTheSpeakerOfAnIndirectQuote() {
        // "said Tom Hale, her deputy" read as a bare clause took its speaker from inside the marks ("Never")
        for (String text : List.of("The vote was close.\n\n‘Never again!’ said Tom Hale, her deputy. The band played on.",
                "The vote was close.\n\n“Stop that!” said Tom Hale, her deputy. The band played on.")) {
            List<EntityMention> entities = marked(text, EntityType.PERSON, "Tom Hale");
            List<Quote> quotes = new RuleQuoteFinder().find(text, new NewsSentenceSplitter().split(text), entities);
            assertThat(quotes).filteredOn(q -> q.kind() == QuoteKind.INDIRECT)
                    .noneMatch(q -> q.speakerRange() != null && (q.speakerRange().start() < text.indexOf(" said")));
            assertThat(direct(text, entities)).hasSize(1);
        }
        // a speaker before the marks still gets the clause after "said"
        String plain = "Tom Hale said the vote was close and the band played on.";
        List<Quote> quotes = new RuleQuoteFinder().find(plain, new NewsSentenceSplitter().split(plain),
                marked(plain, EntityType.PERSON, "Tom Hale"));
        assertThat(quotes).filteredOn(q -> q.kind() == QuoteKind.INDIRECT).extracting(Quote::speaker)
                .containsExactly("Tom Hale");
    }
}
