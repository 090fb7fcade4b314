package dev.precis.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class InputReaderTest {

    @Test
    void aSmallGzipFileThatExpandsToManyDocumentsIsReadDocumentByDocument() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            lines.append("{\"text\":\"The same short line of text.\"}\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] file = out.toByteArray();
        // far more documents than compressed bytes (the fuzz target's bound was wrong about that, not the reader)
        assertThat(file.length).isLessThan(5000);
        assertThat(InputReaderFuzzTest.expandedLength(file)).isEqualTo(lines.length());
        Iterator<Doc> docs = InputReader.read("many.jsonl.gz", () -> new ByteArrayInputStream(file));
        int n = 0;
        while (docs.hasNext()) {
            Doc d = docs.next();
            assertThat(d.failure()).isNull();
            assertThat(d.id()).isNotNull();
            assertThat(d.content()).isEqualTo("The same short line of text.");
            n++;
        }
        assertThat(n).isEqualTo(5000);
    }
}
