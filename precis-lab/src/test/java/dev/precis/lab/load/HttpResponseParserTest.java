package dev.precis.lab.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpResponseParserTest {

    private static ByteBuffer bytes(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Feeds the response one byte at a time, the worst split the network can produce. */
    private static boolean feedByteByByte(HttpResponseParser p, String s) throws IOException {
        boolean done = false;
        for (byte b : s.getBytes(StandardCharsets.ISO_8859_1)) {
            done = p.feed(ByteBuffer.wrap(new byte[] {b}));
        }
        return done;
    }

    @Test
    void contentLengthResponse() throws IOException {
        HttpResponseParser p = new HttpResponseParser();
        String r = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 16\r\n\r\n{\"sentences\":[]}";
        assertThat(p.feed(bytes(r))).isTrue();
        assertThat(p.status()).isEqualTo(200);
        assertThat(p.keepAlive()).isTrue();
        assertThat(p.bodyBytes()).isEqualTo(16);
        assertThat(p.bodyContains("\"sentences\"".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(p.bodyContains("articleId".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void chunkedResponseSplitAnywhere() throws IOException {
        String r = "HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\nA\r\n, world!!!\r\n0\r\nX-Trailer: y\r\n\r\n";
        HttpResponseParser p = new HttpResponseParser();
        assertThat(feedByteByByte(p, r)).isTrue();
        assertThat(p.status()).isEqualTo(404);
        assertThat(p.bodyBytes()).isEqualTo(15);
        assertThat(p.bodyContains("hello, world".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(p.keepAlive()).isTrue();
    }

    @Test
    void framingAndConnectionRules() throws IOException {
        HttpResponseParser p = new HttpResponseParser();
        assertThat(p.feed(bytes("HTTP/1.1 204 No Content\r\n\r\n"))).isTrue();
        assertThat(p.bodyBytes()).isZero();

        p.reset();
        assertThat(p.feed(bytes("HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"))).isTrue();
        assertThat(p.keepAlive()).isFalse();

        p.reset();
        assertThat(p.feed(bytes("HTTP/1.0 200 OK\r\n\r\nuntil close"))).isFalse();
        assertThat(p.closed()).isTrue();
        assertThat(p.bodyBytes()).isEqualTo(11);
        assertThat(p.keepAlive()).isFalse();

        p.reset();
        assertThat(p.feed(bytes("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\nContent-Length: 2\n\nok"))).isTrue();
        assertThat(p.status()).isEqualTo(200);
    }

    @Test
    void stopsAtTheEndOfTheResponse() throws IOException {
        HttpResponseParser p = new HttpResponseParser();
        ByteBuffer in = bytes("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA");
        assertThat(p.feed(in)).isTrue();
        assertThat(in.remaining()).isEqualTo(5);
    }

    @Test
    void rejectsWhatIsNotHttp() {
        assertThatThrownBy(() -> new HttpResponseParser().feed(bytes("SSH-2.0-OpenSSH\r\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("status line");
        assertThatThrownBy(() -> new HttpResponseParser().feed(bytes("HTTP/1.1 200 OK\r\nContent-Length: -4\r\n\r\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("Content-Length");
        assertThatThrownBy(() -> new HttpResponseParser().feed(bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("chunk size");
        assertThatThrownBy(() -> new HttpResponseParser().feed(bytes("HTTP/1.1 200 OK\r\n" + "a".repeat(20_000))))
                .isInstanceOf(IOException.class).hasMessageContaining("longer");
        HttpResponseParser half = new HttpResponseParser();
        assertThatThrownBy(() -> {
            half.feed(bytes("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"));
            half.closed();
        }).isInstanceOf(IOException.class).hasMessageContaining("closed before");
    }

    @Test
    void keepsABoundedPrefixOfLargeBodies() throws IOException {
        int size = HttpResponseParser.KEPT_BODY_BYTES + 1000;
        HttpResponseParser p = new HttpResponseParser();
        assertThat(p.feed(bytes("HTTP/1.1 200 OK\r\nContent-Length: " + size + "\r\n\r\n" + "x".repeat(size - 3) + "END"))).isTrue();
        assertThat(p.bodyBytes()).isEqualTo(size);
        assertThat(p.bodyContains("END".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(p.bodyContains("xxx".getBytes(StandardCharsets.UTF_8))).isTrue();
    }
}
