package dev.precis.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.TextRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffsetQuoteScoreTest {

    private static final String FERRY = "“The ferry will run all winter,” Ann Reed said. She added that the harbour was “ready for storms.”"
            + " Tom Hale disagreed. “It is a gamble,” he said.";
    private static final String MILL = "The mill closed. “We lost everything,” a worker said.";

    @TempDir
    Path dir;

    private static int at(String text, String s) {
        return text.indexOf(s);
    }

    private static String line(String id, String split, String text, String content, String mention, String name) {
        return String.join("\t", id, split, String.valueOf(at(text, content)), String.valueOf(at(text, content) + content.length()),
                // the mention is the last occurrence: a pronoun's letters also occur inside earlier words
                String.valueOf(text.lastIndexOf(mention)), String.valueOf(text.lastIndexOf(mention) + mention.length()),
                String.valueOf(at(text, name)), String.valueOf(at(text, name) + name.length()));
    }

    private Path articles() throws IOException {
        Path jsonl = dir.resolve("articles.jsonl");
        Files.writeString(jsonl, "{\"id\": \"ferry\", \"text\": \"" + FERRY.replace("\"", "\\\"") + "\"}\n"
                + "{\"id\": \"mill\", \"text\": \"" + MILL + "\"}\n", StandardCharsets.UTF_8);
        return jsonl;
    }

    private Path gold(String... lines) throws IOException {
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "# comment\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return gold;
    }

    private static Quote quote(String text, String content, String speaker, String speakerAt) {
        int c = at(text, content);
        TextRange where = speakerAt == null ? null : new TextRange(at(text, speakerAt), at(text, speakerAt) + speakerAt.length());
        return new Quote(new TextRange(c, c + content.length()), new TextRange(c, c + content.length()), QuoteKind.DIRECT,
                speaker, where, "said");
    }

    private static OffsetQuoteScore scorer(Map<String, List<Quote>> byText) {
        return new OffsetQuoteScore(text -> List.of(), (text, sentences) -> List.of(),
                (text, sentences, entities) -> byText.getOrDefault(text, List.of()));
    }

    @Test
    void readsOneSplitAndTheNameFromTheTextAtRunTime() throws IOException {
        Path gold = gold(line("ferry", "tune", FERRY, "It is a gamble,", "he", "Tom Hale"),
                line("mill", "report", MILL, "We lost everything,", "a worker", "a worker"));
        OffsetQuoteGold tune = OffsetQuoteGold.read(gold, articles(), "tune");
        assertThat(tune.documents()).hasSize(1);
        OffsetQuoteGold.Document d = tune.documents().get(0);
        assertThat(d.id()).isEqualTo("ferry");
        assertThat(d.name(d.quotes().get(0))).isEqualTo("Tom Hale");
        assertThat(OffsetQuoteGold.read(gold, articles(), null).documents()).hasSize(2);
    }

    @Test
    void badGoldIsRefusedWithTheFileAndTheProblem() throws IOException {
        Path articles = articles();
        assertThatThrownBy(() -> OffsetQuoteGold.read(gold("ferry\ttune\t1\t2"), articles, null))
                .hasMessageContaining("gold.tsv line 2: expected 8 tab-separated columns");
        assertThatThrownBy(() -> OffsetQuoteGold.read(gold("ferry\ttune\t1\t900\t1\t2\t1\t2"), articles, null))
                .hasMessageContaining("outside its text");
        assertThatThrownBy(() -> OffsetQuoteGold.read(gold("gone\ttune\t1\t2\t1\t2\t1\t2"), articles, null))
                .hasMessageContaining("no article with id gone");
        assertThatThrownBy(() -> OffsetQuoteGold.read(gold("ferry\ttune\t1\t2\t1\t2\t1\t2"), articles, "report"))
                .hasMessageContaining("no split 'report'");
    }

    @Test
    void foundNeedsHalfTheWordsAndTheSpeakerIsRightByMentionOrByName() throws IOException {
        Path gold = gold(line("ferry", "tune", FERRY, "The ferry will run all winter,", "Ann Reed", "Ann Reed"),
                line("ferry", "tune", FERRY, "ready for storms.", "She", "Ann Reed"),
                line("ferry", "tune", FERRY, "It is a gamble,", "he", "Tom Hale"),
                line("mill", "tune", MILL, "We lost everything,", "a worker", "a worker"));
        OffsetQuoteGold set = OffsetQuoteGold.read(gold, articles(), "tune");
        List<Quote> ferry = List.of(
                // the whole quote, credited at the gold mention
                quote(FERRY, "The ferry will run all winter,", "Ann Reed", "Ann Reed"),
                // one word of three: not found
                quote(FERRY, "ready", "Ann Reed", "She"),
                // found, its speaker mention elsewhere (the first "he", inside "The") but its name the gold name: right
                quote(FERRY, "It is a gamble,", "Tom Hale", "he"));
        List<Quote> mill = List.of(quote(MILL, "We lost everything,", "Ann Reed", "The mill"));
        OffsetQuoteScore.Result r = scorer(Map.of(FERRY, ferry, MILL, mill)).score(set);
        assertThat(r.gold()).isEqualTo(4);
        assertThat(r.found()).isEqualTo(3);
        assertThat(r.speakerRight()).isEqualTo(2);
        assertThat(r.speakerRightOfAll()).isEqualTo(0.5);
        assertThat(r.misses()).extracting(OffsetQuoteScore.Miss::predictedSpeaker).containsExactly(null, "Ann Reed");
    }

    @Test
    void namesAgreeWhenOnesWordsAreAllAmongTheOthers() {
        assertThat(OffsetQuoteScore.nameWords("Sen. Jane O’Hara's")).containsExactlyInAnyOrder("jane", "o'hara");
        OffsetQuoteGold.Document d = new OffsetQuoteGold.Document("x", "Jane Smith spoke. Tom Smith did not.", List.of());
        OffsetQuoteGold.GoldQuote g = new OffsetQuoteGold.GoldQuote(new TextRange(0, 4), new TextRange(0, 10), new TextRange(0, 10));
        assertThat(OffsetQuoteScore.speakerRight(quote(d.text(), "spoke", "Smith", null), g, d)).isTrue();
        assertThat(OffsetQuoteScore.speakerRight(quote(d.text(), "spoke", "Tom Smith", null), g, d)).isFalse();
        assertThat(OffsetQuoteScore.speakerRight(quote(d.text(), "spoke", null, "Tom Smith"), g, d)).isFalse();
    }
}
