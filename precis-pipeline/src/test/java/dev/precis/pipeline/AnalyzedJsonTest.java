package dev.precis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;
import dev.precis.nlp.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class AnalyzedJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "The harbour council in Portmere voted on Tuesday to rebuild the old stone pier.\n\n"
            + "\"We cannot wait another winter,\" said Mayor Ellen Brook, who led the campaign for the repairs.\n\n"
            + "Work will start next month and should end by March 2025, the council said in a statement.\n\n"
            + "Fishermen from the nearby village of Carrow welcomed the decision on Wednesday.";

    @Test
    void aLineReadsBackAsTheSameAnalysisAndSummary() throws Exception {
        Article article = new Article("pier-1", "Portmere will rebuild its pier", TEXT,
                java.util.List.of(new dev.precis.model.TextRange(0, TEXT.indexOf("\n\n"))), "https://news.example/pier", "By A. Writer",
                "2024-05-07", "en");
        AnalyzedArticle analyzed = Analyzer.loadDefault().analyze(article);
        Summary summary = Precis.builder().build().summarize(analyzed, SummaryLength.DEFAULT);
        ObjectNode line = AnalyzedJson.write(JSON, "in.jsonl:3", null, analyzed, summary);
        JsonNode back = JSON.readTree(JSON.writeValueAsString(line));

        AnalyzedJson.Parsed parsed = AnalyzedJson.read(back);
        assertThat(parsed.analyzed()).isEqualTo(analyzed);
        assertThat(parsed.summary()).isEqualTo(summary);
        assertThat(parsed.origin()).isEqualTo("in.jsonl:3");
        assertThat(parsed.duplicateOf()).isNull();
        // the analysis is not trivially empty, so the comparison means something
        assertThat(analyzed.entities()).isNotEmpty();
        assertThat(analyzed.quotes()).isNotEmpty();
        assertThat(analyzed.times()).isNotEmpty();
        assertThat(back.get("summary").size()).isEqualTo(summary.size());
    }

    @Test
    void theExtractionsDatesAreWrittenBesideThePublishedOne() throws Exception {
        Article article = new Article("pier-2", "Portmere will rebuild its pier", TEXT, java.util.List.of(),
                "https://news.example/pier", null, "2024-06-20", "en");
        AnalyzedArticle analyzed = Analyzer.loadDefault().analyze(article);
        Summary summary = Precis.builder().build().summarize(analyzed, SummaryLength.DEFAULT);
        // a page presented as of a change: published is the change, the declared publication kept beside it
        dev.precis.model.ExtractedPage page = new dev.precis.model.ExtractedPage(article, java.util.List.of(), "2024-06-20",
                "2023-03-14", "Harbour News", dev.precis.model.PageType.ARTICLE);
        JsonNode line = JSON.readTree(JSON.writeValueAsString(AnalyzedJson.write(JSON, "x", page, analyzed, summary)));
        assertThat(line.get("published").asText()).isEqualTo("2024-06-20");
        assertThat(line.get("modified").asText()).isEqualTo("2024-06-20");
        assertThat(line.get("declaredPublished").asText()).isEqualTo("2023-03-14");
        // a text that was not extracted declares nothing
        JsonNode plain = JSON.readTree(JSON.writeValueAsString(AnalyzedJson.write(JSON, "x", null, analyzed, summary)));
        assertThat(plain.has("declaredPublished")).isTrue();
        assertThat(plain.get("declaredPublished").isNull()).isTrue();
        assertThat(AnalyzedJson.read(line).analyzed()).isEqualTo(analyzed);
    }

    @Test
    void aSummarySentenceShownWithoutItsDatelineReadsBackWithItsRange() throws Exception {
        String text = "PORTMERE, Westshire (Wire) -- The harbour council voted on Tuesday to rebuild the old stone pier.\n\n"
                + "Work will start next month and should end by March 2025, the council said in a statement.";
        AnalyzedArticle analyzed = Analyzer.loadDefault().analyze(Article.of("p", "", text, java.util.List.of()));
        Summary summary = Precis.builder().build().summarize(analyzed, SummaryLength.DEFAULT);
        assertThat(summary.sentences().get(0).range().start()).isEqualTo(text.indexOf("The harbour"));
        JsonNode line = JSON.readTree(JSON.writeValueAsString(AnalyzedJson.write(JSON, "x", null, analyzed, summary)));
        assertThat(AnalyzedJson.read(line).summary()).isEqualTo(summary);
        assertThat(line.get("summary").get(0).asText()).startsWith("The harbour council");
        // a line of an older release (index and score only) reads back with the whole sentence
        ObjectNode old = (ObjectNode) line.deepCopy();
        for (JsonNode pair : old.path("spans").path("summary")) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) pair).remove(3);
            ((com.fasterxml.jackson.databind.node.ArrayNode) pair).remove(2);
        }
        assertThat(AnalyzedJson.read(old).summary().sentences().get(0).range()).isEqualTo(analyzed.sentences().get(0).range());
    }

    @Test
    void aTimeThatCouldNotBeResolvedReadsBackWithoutAValue() throws Exception {
        // no publication date: "on Tuesday" has nothing to be resolved against
        AnalyzedArticle analyzed = Analyzer.loadDefault().analyze(Article.of("a", "", TEXT, java.util.List.of()));
        assertThat(analyzed.times()).anySatisfy(t -> assertThat(t.value()).isNull());
        Summary summary = Precis.builder().build().summarize(analyzed, SummaryLength.DEFAULT);
        JsonNode line = JSON.readTree(JSON.writeValueAsString(AnalyzedJson.write(JSON, "x", null, analyzed, summary)));
        assertThat(AnalyzedJson.read(line).analyzed()).isEqualTo(analyzed);
    }

    @Test
    void aRangeOutsideTheTextIsRefusedWithItsReason() throws Exception {
        AnalyzedArticle analyzed = Analyzer.loadDefault().analyze(Article.of("a", "", TEXT, java.util.List.of()));
        Summary summary = Precis.builder().build().summarize(analyzed, SummaryLength.DEFAULT);
        ObjectNode line = AnalyzedJson.write(JSON, "x", null, analyzed, summary);
        line.put("text", "short");
        assertThatThrownBy(() -> AnalyzedJson.read(line)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the text");
        line.remove("spans");
        assertThatThrownBy(() -> AnalyzedJson.read(line)).hasMessageContaining("spans");
    }
}
