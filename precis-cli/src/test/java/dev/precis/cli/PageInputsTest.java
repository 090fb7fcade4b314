package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only local plain-text files, alone or in folders, rule out pages; everything else may hold one. */
class PageInputsTest {

    @TempDir
    Path dir;

    @Test
    void plainTextFilesAndFoldersOfThemHoldNoPage() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts/inner"));
        Files.writeString(dir.resolve("texts/a.txt"), "Made-up title\n\nA made-up body of several words.");
        Files.writeString(texts.resolve("b.TXT"), "Another title\n\nAnother body.");
        Files.write(texts.resolve("c.text.gz"), new byte[] {1});
        Path single = Files.writeString(dir.resolve("one.txt"), "Title\n\nBody words here.");
        assertThat(PageInputs.mayHoldPages(List.of(dir.resolve("texts").toString(), single.toString()))).isFalse();
        assertThat(PageInputs.mayHoldPages(List.of())).isFalse();
    }

    @Test
    void anythingElseMayHoldPages() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(texts.resolve("a.txt"), "Title\n\nBody words here.");
        Path txt = dir.resolve("mixed/a.txt").toAbsolutePath();
        assertThat(PageInputs.mayHoldPages(List.of(txt.toString()))).isFalse();
        Files.writeString(texts.resolve("b.html"), "<html><body><p>A page.</p></body></html>");
        assertThat(PageInputs.mayHoldPages(List.of(texts.toString()))).isTrue();
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("README.md"), "not a text the ingester reads");
        assertThat(PageInputs.mayHoldPages(List.of(txt.toString(), notes.toString()))).isTrue();
        for (String name : new String[] {"p.htm", "f.jsonl", "feed.xml", "list.urls", "crawl.warc.gz", "page.html.gz"}) {
            Path f = Files.writeString(dir.resolve(name), "x");
            assertThat(PageInputs.mayHoldPages(List.of(txt.toString(), f.toString()))).as(name).isTrue();
        }
        assertThat(PageInputs.mayHoldPages(List.of("-"))).isTrue();
        assertThat(PageInputs.mayHoldPages(List.of(txt.toString(), "https://news.example.org/story"))).isTrue();
        assertThat(PageInputs.mayHoldPages(List.of(dir.resolve("missing.txt").toString()))).isTrue();
    }
}
