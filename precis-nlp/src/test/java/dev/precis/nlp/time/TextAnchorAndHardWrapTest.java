package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Sentence;
import dev.precis.model.TextRange;
import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.nlp.sentence.PlainLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Plain text with no publication date finding its own anchor (a dated dateline, a date line at the
 * top, the news day in the lede, never a background date or a term), and hard-wrapped text read as
 * its unwrapped self. Texts written for this test; 3 March 2026 is a Tuesday.
 */
class TextAnchorAndHardWrapTest {

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Flood barriers fail¶¶Published: 3 March 2026¶¶The river burst its banks on Tuesday.|2026-03-03",
        "Flood barriers fail¶Tue, 3 Mar 2026 14:05 GMT¶¶The river burst its banks on Tuesday.|2026-03-03",
        "Updated March 4, 2026¶¶The river burst its banks on Tuesday.|2026-03-04",
        "2026-03-04¶The river burst its banks on Tuesday, officials said.|2026-03-04",
        "WASHINGTON, March 3, 2026 (Reuters) - The river burst its banks on Tuesday.|2026-03-03",
        "Officials said on Tuesday, March 3, 2026, that the river burst its banks. More rain is due.|2026-03-03",
        "The river burst its banks (March 3, 2026) and officials said the water would fall.|2026-03-03"})
    void anchorFromTheText(String row, String anchor) {
        String text = lines(row);
        assertThat(Dateline.anchor(text, null)).as(text).isEqualTo(LocalDate.parse(anchor));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a term, not the day of the news
        "The company sold notes due June 1, 2031, to cut its debt.",
        // a background date after the lede
        "The astronaut said he would move to Canada. He first flew into space on May 26, 1980, aboard a rocket.",
        // a dateline without a year gives no year to a text without a date
        "OSLO, March 3 (AP) - The river burst its banks on Tuesday.",
        "The river burst its banks on Tuesday."})
    void noAnchor(String row) {
        String text = lines(row);
        assertThat(Dateline.anchor(text, null)).as(text).isNull();
    }

    @Test
    void publicationDateWins() {
        String text = "Published: 3 March 2026\n\nThe river burst its banks on Tuesday.";
        assertThat(Dateline.anchor(text, LocalDate.parse("2026-03-10"))).isEqualTo(LocalDate.parse("2026-03-10"));
    }

    @Test
    void weekdayResolvedFromTheDateLine() {
        String text = "Flood barriers fail\n\nPublished: 5 March 2026\n\nThe river burst its banks on Tuesday, the agency said.";
        assertThat(resolve(text, null)).filteredOn(t -> t.range().slice(text).equals("Tuesday"))
                .singleElement().satisfies(t -> assertThat(t.value()).isEqualTo("2026-03-03"));
    }

    @Test
    void hardWrappedClauseKeepsItsTense() {
        // "will" opens the clause; the wrap puts "August" at a line start, where a splitter that keeps
        // headlines apart ends the sentence, and "told" would then make it last August (main's reading)
        String wrapped = "The airline will almost double its flights between the two cities by\n"
                + "August in a search for new markets untouched by the crisis, its chief\n"
                + "executive told shareholders at a meeting in the capital last night, and\n"
                + "analysts welcomed the plan as a sign of the confidence of its owners.";
        String flat = wrapped.replace('\n', ' ');
        assertThat(PlainLayout.hardWrapped(wrapped)).isTrue();
        LocalDate published = LocalDate.parse("2026-02-13");
        assertThat(value(flat, "August", published)).isEqualTo("2026-08");
        assertThat(value(wrapped, "August", published)).isEqualTo("2026-08");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "One line only, however long it is, is no wrapped text at all.",
        "Headline¶¶First paragraph on one line.¶¶Second paragraph on one line."})
    void notHardWrapped(String row) {
        String text = lines(row);
        assertThat(PlainLayout.hardWrapped(text)).isFalse();
    }

    @Test
    void shortLinesStayApart() {
        // a headline line without a stop is short: never joined to the next line
        String text = "Storm hits coast\nThe storm hit the coast on Tuesday and the river rose through the night, so that\n"
                + "villages along its banks were cut off by morning and the roads into the valley were\n"
                + "closed until the water fell back on Thursday, the county council said in a statement.";
        var sentences = new NewsSentenceSplitter().split(text);
        var joined = PlainLayout.joinWrapped(text, sentences);
        assertThat(joined.get(0).range().slice(text)).isEqualTo("Storm hits coast");
    }

    @Test
    void sentencesCutAtEveryLineByAnotherSplitterAreJoinedAgain() {
        // a splitter that ends a sentence at every line break (not the project's): the resolver joins the wrapped lines
        String text = "The airline will almost double its flights between the two cities by\n"
                + "August in a search for new markets untouched by the crisis, its chief\n"
                + "executive told shareholders at a meeting in the capital last night.\n"
                + "Analysts welcomed the plan as a sign of the confidence of its owners,\n"
                + "who bought it from the state in a sale that was completed last year.";
        List<Sentence> perLine = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n")) {
            perLine.add(new Sentence(perLine.size(), new TextRange(start, start + line.length())));
            start += line.length() + 1;
        }
        List<Sentence> joined = PlainLayout.joinWrapped(text, perLine);
        assertThat(joined).hasSize(2); // the stop after "last night." ends a sentence
        assertThat(joined.get(0).text(text)).startsWith("The airline").endsWith("last night.");
        String august = resolver.resolve(text, perLine, LocalDate.parse("2026-02-13")).stream()
                .filter(t -> t.range().slice(text).equals("August")).map(TimeExpression::value).findFirst().orElse("");
        assertThat(august).isEqualTo("2026-08");
    }

    private static String lines(String row) {
        return row.replace('¶', '\n');
    }

    private String value(String text, String expression, LocalDate published) {
        return resolve(text, published).stream().filter(t -> t.range().slice(text).replace('\n', ' ').equals(expression))
                .map(TimeExpression::value).findFirst().orElse("(not found)");
    }

    private List<TimeExpression> resolve(String text, LocalDate published) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), published);
    }
}
