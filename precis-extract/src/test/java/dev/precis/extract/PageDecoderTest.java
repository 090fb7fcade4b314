package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    private static final String TEXT = "<html><head><meta charset=\"%s\"></head><body><p>Café über Straße</p></body></html>";

    @Test
    void utf8ByteOrderMarkWins() throws Exception {
        byte[] body = String.format(TEXT, "iso-8859-1").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(PageDecoder.decode(withBom, "text/html; charset=iso-8859-1")).contains("Café über Straße");
    }

    @Test
    void httpHeaderBeatsMetaCharset() throws Exception {
        byte[] b = String.format(TEXT, "utf-8").getBytes(Charset.forName("windows-1252"));
        assertThat(PageDecoder.decode(b, "text/html; charset=windows-1252")).contains("Café über Straße");
    }

    @Test
    void metaCharsetIsUsedWithoutHeader() throws Exception {
        byte[] b = String.format(TEXT, "iso-8859-15").getBytes(Charset.forName("iso-8859-15"));
        assertThat(PageDecoder.decode(b, null)).contains("Café über Straße");
    }

    @Test
    void aPageThatClaimsUtf8ButIsNotIsReadAsWindows1252() throws Exception {
        byte[] b = String.format(TEXT, "utf-8").getBytes(Charset.forName("windows-1252"));
        assertThat(PageDecoder.decode(b, "text/html; charset=UTF-8")).contains("Café über Straße");
    }

    @Test
    void unlabelledUtf8IsRecognised() throws Exception {
        byte[] b = "<p>Café über Straße</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(PageDecoder.decode(b, null)).contains("Café über Straße");
    }

    @Test
    void gzipInputIsGunzipped() throws Exception {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(String.format(TEXT, "utf-8").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(PageDecoder.decode(bos.toByteArray(), null)).contains("Café über Straße");
    }

    @Test
    void utf16WithByteOrderMark() throws Exception {
        byte[] b = ("\ufeff<p>Café</p>").getBytes(StandardCharsets.UTF_16LE);
        assertThat(PageDecoder.decode(b, null)).contains("<p>Café</p>");
    }

    @Test
    void unknownAndOverlongLabelsFallBackAndTheLabelCacheStaysBounded() throws Exception {
        byte[] utf8 = String.format(TEXT, "no-such-charset").getBytes(StandardCharsets.UTF_8);
        byte[] latin = String.format(TEXT, "x-made-up").getBytes(Charset.forName("windows-1252"));
        for (int i = 0; i < 3 * PageDecoder.CACHED_LABELS; i++) {
            assertThat(PageDecoder.decode(utf8, "text/html; charset=bogus-" + i)).contains("Café über Straße");
            assertThat(PageDecoder.decode(latin, "text/html; charset=bogus-" + i)).contains("Café über Straße");
            assertThat(PageDecoder.cachedLabels()).isLessThanOrEqualTo(PageDecoder.CACHED_LABELS);
        }
        assertThat(PageDecoder.charset("a".repeat(PageDecoder.MAX_LABEL + 1))).isNull();
        assertThat(PageDecoder.charset("UTF8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(PageDecoder.charset("Shift_JIS")).isEqualTo(Charset.forName("Shift_JIS"));
        assertThat(PageDecoder.charset("shift_jis")).isEqualTo(Charset.forName("Shift_JIS"));
    }
}
