package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kinds of file the command line calls readable are the ones ingest reads, and no others; a named file whose
 * first bytes hold nothing ingest can read is told before a library is made.
 */
class InputTypesTest {

    @TempDir
    Path dir;

    @Test
    void everyEndingCalledReadableIsReadAndAnOtherIsAnUnknownType() throws Exception {
        for (String ending : InputTypes.ENDINGS) {
            for (String name : List.of("notes" + ending, "notes" + ending.toUpperCase() + ".gz")) {
                Path f = Files.writeString(dir.resolve(name), "x");
                assertThat(InputTypes.readable(f)).as(name).isTrue();
                assertThat(failures(f)).as(name).noneMatch(m -> m.startsWith("unknown file type"));
            }
        }
        for (String name : List.of("photo.png", "report.pdf", "notes.txt.bak", "archive.gz")) {
            Path f = Files.writeString(dir.resolve(name), "x");
            assertThat(InputTypes.readable(f)).as(name).isFalse();
            assertThat(failures(f)).as(name).containsExactly("unknown file type (expected " + InputTypes.EXPECTED + ")");
        }
    }

    @Test
    void aFileWhoseFirstBytesHoldNothingToReadIsToldWithoutReadingItAll() throws Exception {
        byte[] noise = new byte[3000];
        new Random(46).nextBytes(noise);
        noise[0] = 'x'; // not the gzip magic number by chance
        byte[] packed = gzip("The ferry sailed from Wenlow on Monday.\n".repeat(50).getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("photo.txt", noise);
        files.put("scan.html.gz", gzip(noise));
        files.put("cut.txt.gz", Arrays.copyOf(packed, 30));
        files.put("broken.txt.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, (byte) 0xff, (byte) 0xff, (byte) 0xff});
        files.put("numbers.jsonl", "[1,2]\n\"two\"\n\n42\n".getBytes(StandardCharsets.UTF_8));
        Map<String, String> why = new LinkedHashMap<>();
        for (var e : files.entrySet()) {
            why.put(e.getKey(), InputTypes.unusable(Files.write(dir.resolve(e.getKey()), e.getValue())));
        }
        assertThat(why).containsExactly(Map.entry("photo.txt", "binary data, not text"), Map.entry("scan.html.gz", "binary data, not text"),
                Map.entry("cut.txt.gz", "gzip data cut short"), Map.entry("broken.txt.gz", "gzip data that does not unpack"),
                Map.entry("numbers.jsonl", "no line holds a JSON object"));
        // what may hold an article is left to the reader: packed text, a UTF-16 file, a JSONL with one object among
        // other lines or longer than the bytes looked at, text under a .gz name, a WARC, a kind ingest does not read
        Map<String, byte[]> fine = new LinkedHashMap<>();
        fine.put("ferry.txt.gz", packed);
        fine.put("ferry.txt", "\uFEFFFerry\n\nThe ferry sailed.".getBytes(StandardCharsets.UTF_16LE));
        fine.put("items.jsonl", "[1]\n  {\"text\":\"The ferry sailed.\"}\n".getBytes(StandardCharsets.UTF_8));
        fine.put("long.jsonl", "[1]\n".repeat(3000).getBytes(StandardCharsets.UTF_8));
        fine.put("plain.txt.gz", "The ferry sailed.".getBytes(StandardCharsets.UTF_8));
        fine.put("crawl.warc", noise);
        fine.put("photo.png", noise);
        for (var e : fine.entrySet()) {
            assertThat(InputTypes.unusable(Files.write(dir.resolve(e.getKey()), e.getValue()))).as(e.getKey()).isNull();
        }
        assertThat(InputTypes.unusable(dir.resolve("missing.txt"))).isNull();
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    private static List<String> failures(Path f) {
        return new IngestSources(new HttpFetcher(Duration.ofSeconds(1), false)).list(List.of(f.toString()), null)
                .failures().stream().map(IngestFailure::reason).toList();
    }
}
