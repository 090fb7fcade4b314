package dev.precis.eval.timex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One TimeML document: the plain text of its TEXT element (tags removed, entities decoded), the
 * document creation time and the gold TIMEX3 spans with their values. Immutable and thread-safe.
 *
 * @param name file name
 * @param text plain text of the TEXT element
 * @param creation document creation date
 * @param gold gold time expressions with offsets into {@code text}
 */
public record TimeMlDocument(String name, String text, LocalDate creation, List<Gold> gold) {

    /** One gold TIMEX3: {@code [start, end)} into the text, its type and normalised value. */
    public record Gold(int start, int end, String type, String value) {
    }

    private static final Pattern DCT = Pattern.compile(
            "<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern TYPE = Pattern.compile("type=\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");

    public TimeMlDocument {
        gold = List.copyOf(gold);
    }

    /** Reads a {@code .tml} file; throws IOException when it has no TEXT or creation time. */
    public static TimeMlDocument read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Matcher dct = DCT.matcher(xml);
        if (!dct.find()) {
            throw new IOException(file + ": no document creation time");
        }
        Matcher v = VALUE.matcher(dct.group());
        if (!v.find() || v.group(1).length() < 10) {
            throw new IOException(file + ": creation time without a day value");
        }
        LocalDate creation = LocalDate.parse(v.group(1).substring(0, 10));
        int textStart = xml.indexOf("<TEXT>");
        int textEnd = xml.indexOf("</TEXT>");
        if (textStart < 0 || textEnd < textStart) {
            throw new IOException(file + ": no TEXT element");
        }
        String body = xml.substring(textStart + 6, textEnd);
        StringBuilder plain = new StringBuilder(body.length());
        List<Gold> gold = new ArrayList<>();
        Matcher tag = TAG.matcher(body);
        int last = 0;
        int timexStart = -1;
        String timexAttrs = null;
        while (tag.find()) {
            plain.append(decode(body.substring(last, tag.start())));
            last = tag.end();
            if (!tag.group(2).equalsIgnoreCase("TIMEX3")) {
                continue;
            }
            if (tag.group(1).isEmpty()) {
                timexStart = plain.length();
                timexAttrs = tag.group(3);
            } else if (timexStart >= 0) {
                Matcher val = VALUE.matcher(timexAttrs);
                Matcher type = TYPE.matcher(timexAttrs);
                gold.add(new Gold(timexStart, plain.length(), type.find() ? type.group(1) : "",
                        val.find() ? val.group(1) : ""));
                timexStart = -1;
            }
        }
        plain.append(decode(body.substring(last)));
        return new TimeMlDocument(file.getFileName().toString(), plain.toString(), creation, gold);
    }

    private static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
