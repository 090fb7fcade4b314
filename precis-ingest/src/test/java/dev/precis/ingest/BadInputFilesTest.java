package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs a new user may hand {@code precis ingest} by mistake: bytes that are no text under a text name, a
 * UTF-16 file, JSONL items whose {@code "published"} is no date (walk38), gzip under another name or text under a
 * {@code .gz} name (ux46).
 */
class BadInputFilesTest {

    private static final String ARTICLE = "Ferry timetable changes in Wenlow\n\nThe harbour council in Wenlow approved a new"
            + " ferry timetable on Tuesday after a long debate about late crossings.\n";

    @TempDir
    Path dir;

    private static RawDocument readOnly(Path file) throws Exception {
        IngestSources.Batch b = new IngestSources(new HttpFetcher(Duration.ofSeconds(1), false)).list(List.of(file.toString()), null);
        assertThat(b.failures()).isEmpty();
        assertThat(b.items()).hasSize(1);
        return b.items().get(0).reader().read();
    }

    private static byte[] noise(int n) {
        byte[] b = new byte[n];
        new Random(38).nextBytes(b);
        return b;
    }

    @Test
    void bytesThatAreNoTextUnderATextOrPageNameAreRefusedAsBinary() throws Exception {
        for (String name : List.of("photo.txt", "archive.html", "packed.txt.gz")) {
            Path f = dir.resolve(name);
            Files.write(f, name.endsWith(".gz") ? gzip(noise(3000)) : noise(3000));
            assertThatThrownBy(() -> readOnly(f)).as(name).isInstanceOf(IOException.class)
                    .hasMessage("binary data, not text (NUL bytes or control characters)");
        }
        // text with a tab, a form feed and Windows line ends is still text
        Path text = dir.resolve("ok.txt");
        Files.writeString(text, ARTICLE.replace("\n", "\r\n") + "\tIndented.\f\n");
        assertThat(readOnly(text).content()).startsWith("Ferry timetable changes in Wenlow\r\n");
    }

    @Test
    void aUtf16FileWithItsByteOrderMarkIsReadAsUtf16() throws Exception {
        String accented = ARTICLE.replace("Wenlow", "Brède");
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path f = dir.resolve("cafe-" + charset.name() + ".txt");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(("\uFEFF" + accented).getBytes(charset));
            Files.write(f, bytes.toByteArray());
            assertThat(readOnly(f).content()).as(charset.name()).isEqualTo(accented);
        }
    }

    @Test
    void aJsonlItemsPublishedMustBeADate() throws Exception {
        Path f = dir.resolve("items.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\":\"a\",\"text\":\"t\",\"published\":\"2024-03-04\"}",
                "{\"id\":\"b\",\"text\":\"t\",\"published\":\"2024-03-04T10:00:00+01:00\"}",
                "{\"id\":\"c\",\"text\":\"t\",\"published\":\"Mon, 04 Mar 2024 10:00:00 GMT\"}",
                "{\"id\":\"d\",\"text\":\"t\",\"published\":\"yesterday-ish\"}",
                "{\"id\":\"e\",\"text\":\"t\",\"published\":\"2024-02-30\"}",
                "{\"id\":\"f\",\"text\":\"t\"}") + "\n");
        IngestSources.Batch b = new IngestSources(new HttpFetcher(Duration.ofSeconds(1), false)).list(List.of(f.toString()), null);
        assertThat(b.items()).hasSize(6);
        assertThat(b.items().get(0).reader().read().published()).isEqualTo("2024-03-04");
        assertThat(b.items().get(1).reader().read().published()).isEqualTo("2024-03-04T10:00:00+01:00");
        assertThat(b.items().get(2).reader().read().published()).isEqualTo("2024-03-04T10:00:00Z");
        assertThatThrownBy(() -> b.items().get(3).reader().read()).isInstanceOf(IOException.class)
                .hasMessage("\"published\" is not a date: 'yesterday-ish' (want ISO 8601 such as 2024-11-25 or 2024-11-25T10:00:00Z,"
                        + " or an HTTP date)");
        assertThatThrownBy(() -> b.items().get(4).reader().read()).hasMessageContaining("'2024-02-30'");
        assertThat(b.items().get(5).reader().read().published()).isNull();
    }

    @Test
    void gzipIsToldByItsBytesNotItsNameAndACutOneSaysSo() throws Exception {
        // main: "named .gz but not gzip data"; summarize and analyze read such a file as the text it is
        Path fake = dir.resolve("notes.txt.gz");
        Files.writeString(fake, ARTICLE);
        assertThat(readOnly(fake).content()).isEqualTo(ARTICLE);
        // packed data saved under a page's name (a download kept Content-Encoding: gzip) is unpacked
        Path page = dir.resolve("wenlow.html");
        Files.write(page, gzip(("<html><body><h1>Ferry</h1><p>" + ARTICLE + "</p></body></html>").getBytes(StandardCharsets.UTF_8)));
        assertThat(readOnly(page).content()).startsWith("<html><body><h1>Ferry</h1>");
        // JSONL: a plain file under a .gz name is indexed by line, packed data under a plain name unpacked
        String line = "{\"id\":\"w1\",\"text\":\"The ferry sailed.\"}\n";
        Files.writeString(dir.resolve("plain.jsonl.gz"), line);
        Files.write(dir.resolve("packed.jsonl"), gzip(line.getBytes(StandardCharsets.UTF_8)));
        for (String name : List.of("plain.jsonl.gz", "packed.jsonl")) {
            assertThat(readOnly(dir.resolve(name)).content()).as(name).isEqualTo("The ferry sailed.");
        }
        byte[] bytes = gzip(ARTICLE.repeat(40).getBytes(StandardCharsets.UTF_8));
        Path cut = dir.resolve("cut.txt.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> readOnly(cut)).isInstanceOf(IOException.class).hasMessage("gzip data cut short (the file ends inside it)");
        // a bare .gz names no inner type: refused as unknown, and the message says .gz goes after a type
        Path bare = dir.resolve("bundle.gz");
        Files.write(bare, bytes);
        IngestSources.Batch b = new IngestSources(new HttpFetcher(Duration.ofSeconds(1), false)).list(List.of(bare.toString()), null);
        assertThat(b.failures()).singleElement().satisfies(f -> assertThat(f.reason()).contains("each also as .gz"));
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(packed)) {
            out.write(plain);
        }
        return packed.toByteArray();
    }
}
