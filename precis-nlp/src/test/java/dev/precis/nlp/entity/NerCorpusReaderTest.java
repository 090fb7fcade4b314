package dev.precis.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCorpusReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsIob1ColumnsWithDocumentStarts() throws Exception {
        Path file = dir.resolve("sample.conll");
        Files.writeString(file, String.join("\n",
                "-DOCSTART- -X- O O", "",
                "Anna NNP I-NP I-PER", "Berg NNP I-NP I-PER", "visited VBD I-VP O", "Oslo NNP I-NP I-LOC",
                "and CC O O", "Bergen NNP I-NP B-LOC", ". . O O", "",
                "Acme NNP I-NP I-ORG", "Corp NNP I-NP I-ORG", "rose VBD O O", "Euro NNP I-NP I-MISC", "",
                "-DOCSTART- -X- O O", "", "Hello UH O O", ""));
        List<NameSample> samples = new NerCorpusReader(false).read(file);
        assertThat(samples).hasSize(3);
        assertThat(samples.get(0).isClearAdaptiveDataSet()).isTrue();
        assertThat(samples.get(1).isClearAdaptiveDataSet()).isFalse();
        assertThat(samples.get(2).isClearAdaptiveDataSet()).isTrue();
        assertThat(samples.get(0).getNames()).containsExactly(
                new Span(0, 2, "person"), new Span(3, 4, "location"), new Span(5, 6, "location"));
        assertThat(samples.get(1).getNames()).containsExactly(new Span(0, 2, "organization"));
    }

    @Test
    void keepsMiscOnlyWhenAsked() throws Exception {
        Path file = dir.resolve("misc.txt");
        Files.writeString(file, "Euro\tB-MISC\nzone\tO\n");
        assertThat(new NerCorpusReader(true).read(file).get(0).getNames()).containsExactly(new Span(0, 1, "misc"));
        assertThat(new NerCorpusReader(false).read(file).get(0).getNames()).isEmpty();
    }

    @Test
    void readsNamedMentionsFromGumEntityBrackets() throws Exception {
        Path file = dir.resolve("doc.conllu");
        String[] rows = {
            "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\tEntity=(1-organization-new-x-cf1-1-coref-Acme",
            "2\tAcme\tAcme\tPROPN\tNNP\t_\t3\tcompound\t_\t_",
            "3\tCompany\tCompany\tPROPN\tNNP\t_\t5\tnsubj\t_\tEntity=1)",
            "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\tEntity=(2-place-new-x-cf2-1-sgl-Oslo)",
            "5\thired\thire\tVERB\tVBD\t_\t0\troot\t_\t_",
            "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\tEntity=(3-person-new-x-cf3-1-sgl",
            "7\tteam\tteam\tNOUN\tNN\t_\t5\tobj\t_\tEntity=3)",
        };
        Files.writeString(file, "# sent_id = 1\n" + String.join("\n", rows) + "\n\n");
        NameSample s = new NerCorpusReader(false).read(file).get(0);
        // "The" is dropped from the organisation; "in" is not a proper noun; "the team" is not a name
        assertThat(s.getNames()).containsExactly(new Span(1, 3, "organization"));
    }

    @Test
    void readsUniversalNerColumnsAndCommentDocuments() throws Exception {
        Path file = dir.resolve("sample.iob2");
        Files.writeString(file, String.join("\n",
                "# newdoc id = a", "# sent_id = a-1", "# text = I met Ada Lund in Oslo",
                "1\tI\tO\t-\t-", "2\tmet\tO\t-\t-", "3\tAda\tB-PER\t-\t-", "4\tLund\tI-PER\t-\t-",
                "5\tin\tO\t-\t-", "6\tOslo\tB-LOC\t-\t-", "",
                "# newdoc id = b", "# sent_id = b-1", "1\t2019\tO\t-\t-", ""));
        List<NameSample> samples = new NerCorpusReader(false).read(file);
        assertThat(samples).hasSize(2);
        assertThat(samples.get(0).getSentence()).containsExactly("I", "met", "Ada", "Lund", "in", "Oslo");
        assertThat(samples.get(0).getNames()).containsExactly(new Span(2, 4, "person"), new Span(5, 6, "location"));
        assertThat(samples.get(1).isClearAdaptiveDataSet()).isTrue();
        assertThat(samples.get(1).getSentence()).containsExactly("2019");
    }

    @Test
    void trainingDropsLowerCaseMentionsAndLeadingArticlesAndMapsCorpusTypes() throws Exception {
        Path file = dir.resolve("re3d.conll");
        Files.writeString(file, String.join("\n", "the\tB-Location", "country\tI-Location", "and\tO",
                "the\tB-Organisation", "Foreign\tI-Organisation", "Ministry\tI-Organisation", "backed\tO",
                "the\tO", "Green\tB-politicalparty", "Party\tI-politicalparty", "of\tO", "Ada\tB-politician", ""));
        assertThat(new NerCorpusReader(false, true).read(file).get(0).getNames()).containsExactly(
                new Span(4, 6, "organization"), new Span(8, 10, "organization"), new Span(11, 12, "person"));
        assertThat(new NerCorpusReader(false, false).read(file).get(0).getNames()).hasSize(4);
    }

    @Test
    void trainingLeavesOutGumTestDocuments() throws Exception {
        String row = "1\tAda\tAda\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(1-person-giv-x-cf1-1-coref-Ada)";
        Files.writeString(dir.resolve("GUM_news_kept.conllu"), "# sent_id = k-1\n" + row + "\n\n");
        Files.writeString(dir.resolve("GUM_news_held.conllu"), "# sent_id = h-1\n" + row + "\n\n");
        Files.writeString(dir.resolve("splits.md"), "# Splits\n\n## dev\n\n  * GUM_news_kept\n\n## test\n\n  * GUM_news_held\n");
        assertThat(GumSplits.testFiles(dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("GUM_news_held.conllu");
        assertThat(new NerCorpusReader(false, true).read(dir)).hasSize(1);
        assertThat(new NerCorpusReader(false, false).read(dir)).hasSize(2);
    }
}
