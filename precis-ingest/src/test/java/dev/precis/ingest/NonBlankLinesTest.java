package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines counted from bytes as the loader's reader splits and {@link String#isBlank} judges them. */
class NonBlankLinesTest {

    private static int counted(String text) throws Exception {
        return NonBlankLines.count(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static int read(String text) {
        return (int) new BufferedReader(new StringReader(text)).lines().filter(l -> !l.isBlank()).count();
    }

    @Test
    void countsTheLinesThatHoldAVisibleCharacter() throws Exception {
        assertThat(counted("{\"id\":1}\n\n  \t\n{\"id\":2}\r\n{\"id\":3}")).isEqualTo(3);
        assertThat(counted("")).isZero();
        assertThat(counted("\n\r\n \r")).isZero();
    }

    @Test
    void decidesLinesOfWhiteSpaceAndOtherScriptsByTheirCharacters() throws Exception {
        // an ideographic space alone is white space; a no-break space and a Greek letter are not
        assertThat(counted("\u3000\n\u00a0\n \u03b1 \n")).isEqualTo(2);
    }

    @Test
    void agreesWithTheReaderOnRandomText() throws Exception {
        String alphabet = " \t\n\r\u000b\u001f{}a\u3000\u00a0\u2028\u00e9";
        Random random = new Random(35);
        for (int round = 0; round < 2000; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(counted(s.toString())).as("%s", s.toString().codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(read(s.toString()));
        }
    }
}
