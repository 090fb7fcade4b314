package dev.precis.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer for text shown on a terminal that drops what a terminal would obey instead of showing:
 * escape sequences (CSI such as "clear screen", OSC such as "set the window title", and other ESC
 * sequences), the remaining C0 and C1 control characters, and the bidirectional overrides and isolates
 * that reorder a line (a title with U+202E can make "exe.txt" read "txt.exe"). Line feeds and tabs pass,
 * and carriage returns when {@code keepReturns} (the progress bar on standard error redraws with them).
 * Stored article text is untrusted, so every command's output goes through one. Not thread-safe on its
 * own; the PrintWriter around it serialises writers.
 */
final class TerminalText extends FilterWriter {

    private enum State { TEXT, ESC, CSI, STRING, STRING_ESC }

    private final boolean keepReturns;
    private State state = State.TEXT;

    TerminalText(Writer out, boolean keepReturns) {
        super(out);
        this.keepReturns = keepReturns;
    }

    /** {@code s} with everything a terminal would act on removed (the same rules, for one string). */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        try (TerminalText t = new TerminalText(new java.io.StringWriter() {
            @Override
            public void write(int c) {
                sb.append((char) c);
            }
        }, false)) {
            t.write(s);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return sb.toString();
    }

    @Override
    public void write(int c) throws IOException {
        switch (state) {
            case TEXT -> {
                if (c == 0x1B) {
                    state = State.ESC;
                } else if (c == 0x9B) {
                    state = State.CSI;
                } else if (c == 0x9D || c == 0x90 || c == 0x9E || c == 0x9F || c == 0x98) {
                    state = State.STRING; // C1 OSC, DCS, PM, APC, SOS
                } else if (shown(c)) {
                    out.write(c);
                }
            }
            case ESC -> {
                if (c == '[') {
                    state = State.CSI;
                } else if (c == ']' || c == 'P' || c == '^' || c == '_' || c == 'X') {
                    state = State.STRING;
                } else if (c >= 0x20 && c <= 0x2F) {
                    state = State.ESC; // intermediate bytes of a longer escape
                } else {
                    state = State.TEXT; // a two-character escape: both dropped
                }
            }
            case CSI -> {
                if (c >= 0x40 && c <= 0x7E) {
                    state = State.TEXT; // the final byte ends the sequence
                } else if (c < 0x20 || c > 0x7E) {
                    state = State.TEXT; // not a sequence after all: the character is text again
                    write(c);
                }
            }
            case STRING -> {
                if (c == 0x07 || c == 0x9C || c == '\n') {
                    state = State.TEXT;
                } else if (c == 0x1B) {
                    state = State.STRING_ESC;
                }
            }
            case STRING_ESC -> state = c == '\\' ? State.TEXT : State.STRING;
            default -> throw new IllegalStateException();
        }
    }

    private boolean shown(int c) {
        if (c == '\n' || c == '\t' || c == '\r' && keepReturns) {
            return true;
        }
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            return false;
        }
        return !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069) && c != 0x200E && c != 0x200F && c != 0x061C;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(cbuf[i]);
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(str.charAt(i));
        }
    }
}
