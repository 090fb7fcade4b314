package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void escapeSequencesAndControlsAreDroppedTextStays() {
        assertThat(TerminalText.clean("a\u001b[2Jb")).isEqualTo("ab");
        assertThat(TerminalText.clean("a\u001b[38;5;196mred\u001b[0m")).isEqualTo("ared");
        assertThat(TerminalText.clean("\u001b]0;window title\u0007Headline")).isEqualTo("Headline");
        assertThat(TerminalText.clean("\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\")).isEqualTo("link");
        assertThat(TerminalText.clean("\u009b2Jx\u009d0;t\u009cy")).isEqualTo("xy");
        assertThat(TerminalText.clean("bell\u0007 back\bspace\u0000 \u001bc")).isEqualTo("bell backspace ");
        assertThat(TerminalText.clean("report\u202Etxt.exe \u2066x\u2069")).isEqualTo("reporttxt.exe x");
        assertThat(TerminalText.clean("line one\n\ttab\r\n")).isEqualTo("line one\n\ttab\n");
        assertThat(TerminalText.clean("Zürich – 東京 “quoted”")).isEqualTo("Zürich – 東京 “quoted”");
    }

    @Test
    void sequencesSplitAcrossWritesAreStillDropped() {
        StringWriter sink = new StringWriter();
        PrintWriter w = new PrintWriter(new TerminalText(sink, true), true);
        w.print("a\u001b");
        w.print("[3");
        w.print("1mb\rc");
        w.flush();
        assertThat(sink.toString()).isEqualTo("ab\rc");
    }
}
