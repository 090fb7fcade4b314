package dev.precis.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import dev.precis.model.TextRange;
import org.junit.jupiter.api.Test;

class CharacterReferencesTest {

    @Test
    void numericHexAndNamedReferencesAreDecoded() {
        assertThat(CharacterReferences.decode("The mayor signed a communiqu&#233; at the caf&#xE9; in S&atilde;o Tom&eacute;."))
                .isEqualTo("The mayor signed a communiqué at the café in São Tomé.");
        assertThat(CharacterReferences.decode("Fares rose 5&nbsp;% &mdash; &quot;too much&quot;, riders said &amp; left."))
                .isEqualTo("Fares rose 5\u00a0% \u2014 \"too much\", riders said & left.");
    }

    @Test
    void whatIsNoClearReferenceStaysAsWritten() {
        String plain = "Marks & Spencer, AT&T and R&D; Q&A at 3&4pm; the &bogus; code &copy 2024 and &notit; stay.";
        assertThat(CharacterReferences.decode(plain)).isEqualTo(plain);
        // one pass: a doubly escaped reference loses one level only
        assertThat(CharacterReferences.decode("write &amp;lt; for <")).isEqualTo("write &lt; for <");
    }

    @Test
    void breakTagsRawEscapedOrMissingTheirOpeningBracketBecomeLineBreaks() {
        assertThat(CharacterReferences.decode("Line one<br />Line two<BR>Line three&lt;br/&gt;Line four"))
                .isEqualTo("Line one\nLine two\nLine three\nLine four");
        assertThat(CharacterReferences.decode("The pier is worth a visit. br /&gt;\nThe end.")).isEqualTo("The pier is worth a visit. \n\nThe end.");
        // a word ending in "br" and a comparison are no tags
        assertThat(CharacterReferences.decode("Bulbr /> and 3 > 2, abbr />x")).isEqualTo("Bulbr /> and 3 > 2, abbr />x");
    }

    @Test
    void aPlainTextArticlesTitleTextAndOffsetsAreTheDecodedOnes() {
        Article a = new PlainTextArticleReader().read("x", "Caf&eacute; reopens\n\n\"We are back,&#8221; the owner said.<br /><br />"
                + "The caf&#233; serves S&atilde;o Paulo coffee.");
        assertThat(a.title()).isEqualTo("Café reopens");
        assertThat(a.text()).isEqualTo("\"We are back,\u201d the owner said.\n\nThe café serves São Paulo coffee.");
        TextRange second = a.paragraphs().get(1);
        assertThat(a.text().substring(second.start(), second.end())).isEqualTo("The café serves São Paulo coffee.");
    }
}
