package dev.precis.extract;

import java.time.Clock;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The moment a page's share image was stored, read from the version stamp that shop and blog platforms'
 * image servers append to its address as seconds since 1970 ({@code …/articles/bridge.png?v=1499851200}).
 * The image is uploaded when the article is written, so for a page dated nowhere else (no structured,
 * meta, address, shown or script date) that moment is its best-known publication; it is never read when
 * any other date is known. Only a stamp of ten figures in a parameter named {@code v}, {@code ver} or
 * {@code version} counts (a release number such as {@code ver=6.4.2} is none), and never one later than
 * the fetch clock. Stateless and thread-safe.
 */
final class ImageVersionDates {

    /** "?v=1499851200", "&ver=1499851200": ten figures, 2001-09-09 to 2033-05-18. */
    private static final Pattern STAMP = Pattern.compile("[?&](?:v|ver|version)=(1\\d{9})(?=[&#]|$)");

    private ImageVersionDates() {
    }

    /** The ISO instant ("2017-07-12T09:20:00Z") the address {@code imageUrl} is stamped with, or null. */
    static String stored(String imageUrl, Clock clock) {
        if (imageUrl == null || imageUrl.indexOf('=') < 0) {
            return null;
        }
        Matcher m = STAMP.matcher(imageUrl.trim());
        if (!m.find()) {
            return null;
        }
        Instant at = Instant.ofEpochSecond(Long.parseLong(m.group(1)));
        return at.isAfter(clock.instant()) ? null : at.toString();
    }
}
