package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlLinesTest {

    @TempDir
    Path tmp;

    @Test
    void findsEveryNonBlankLineWithItsNumberAndReadsItBack() throws Exception {
        Path f = tmp.resolve("mixed.jsonl");
        String content = "{\"id\":\"a\",\"text\":\"Harbour café reopens\"}\r\n"
                + "\n"
                + "   \t\n"
                + "{\"id\":\"b\",\"text\":\"Zoë Vance won the regatta\"}\n"
                + "{\"id\":\"c\",\"text\":\"no newline at the end\"}";
        Files.writeString(f, content, StandardCharsets.UTF_8);
        JsonlLines index = JsonlLines.scan(f);
        assertThat(index.lines()).extracting(JsonlLines.Line::number).containsExactly(1, 4, 5);
        List<String> texts = new ArrayList<>();
        for (JsonlLines.Line line : index.lines()) {
            texts.add(IngestSources.jsonDocument(index.read(line)).content());
        }
        assertThat(texts).containsExactly("Harbour café reopens", "Zoë Vance won the regatta", "no newline at the end");
    }

    @Test
    void aLineThatIsNotUtf8IsReadAsWindows1252() throws Exception {
        Path f = tmp.resolve("latin.jsonl");
        byte[] line = "{\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(f, line);
        JsonlLines index = JsonlLines.scan(f);
        assertThat(index.read(index.lines().get(0))).isEqualTo("{\"text\":\"café\"}");
    }

    @Test
    void aHugeLineIsReportedWithoutBeingReadAndTheOthersStayReadable() throws Exception {
        Path f = tmp.resolve("huge.jsonl");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write("{\"text\":\"before\"}\n{\"text\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i <= TextFiles.MAX_BYTES / chunk.length; i++) {
                out.write(chunk);
            }
            out.write("\"}\n{\"text\":\"after\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        JsonlLines index = JsonlLines.scan(f);
        assertThat(index.lines()).extracting(JsonlLines.Line::number).containsExactly(1, 2, 3);
        assertThat(index.lines().get(1).tooLong()).isTrue();
        assertThatThrownBy(() -> index.read(index.lines().get(1))).isInstanceOf(IOException.class).hasMessageContaining("larger than 20 MB");
        assertThat(index.read(index.lines().get(2))).isEqualTo("{\"text\":\"after\"}");
    }
}
