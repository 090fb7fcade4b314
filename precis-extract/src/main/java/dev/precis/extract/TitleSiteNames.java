package dev.precis.extract;

import static dev.precis.extract.TitleChooser.SPACES;
import static dev.precis.extract.TitleChooser.norm;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the site's name in a title: cuts a leading or trailing segment that names the site ("Headline | Site",
 * "Site - Headline") or its host ("… | Tinyshop App Store" on apps.tinyshop.com), and a site's name glued to a colon
 * before the headline. Stateless.
 */
final class TitleSiteNames {

    private static final Pattern SEPARATORS = Pattern.compile("\\s+[|\\-–—:·•»«]\\s+|\\s+::\\s+");

    private TitleSiteNames() {
    }

    /** {@code raw} without a leading or trailing segment that names the site. */
    static String strip(String raw, String siteName) {
        if (raw == null) {
            return null;
        }
        String t = SPACES.matcher(raw).replaceAll(" ").strip();
        if (t.isEmpty()) {
            return null;
        }
        String site = siteName == null ? "" : norm(siteName).replace(" ", "");
        String label = hostLabel(siteName);
        String[] parts = SEPARATORS.split(t);
        if (parts.length < 2) {
            return t;
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        if (!site.isEmpty()) {
            if (isSite(last, site) || byHost(last, label)) {
                return TitleSeparators.trimEnd(t.substring(0, t.length() - last.length()));
            }
            if (isSite(first, site) || byHost(first, label)) {
                return TitleSeparators.trimStart(t.substring(first.length()));
            }
        }
        // Without a known site name, drop a short last segment after " | " (the usual suffix form).
        int bar = t.lastIndexOf(" | ");
        if (bar > 0 && t.length() - bar < 40 && bar > t.length() / 2) {
            return t.substring(0, bar).strip();
        }
        return t;
    }

    /**
     * "Site: Headline" with the colon set close to the name ({@code SEPARATORS} asks for a space before it): the
     * headline after it when what stands before the colon is the site's name itself or its host's label ("The
     * Ledger: …" on a site named The Ledger, "Stadtblatt: …" on stadtblatt.de); a colon after any other words is
     * the headline's own ("Brexit: what next?"). {@code t} unchanged otherwise.
     */
    static String siteFirst(String t, String site, String label) {
        int colon = t.indexOf(": ");
        if (colon <= 0 || colon > 60 || site.isEmpty() && label == null) {
            return t;
        }
        String name = norm(t.substring(0, colon)).replace(" ", "");
        String rest = t.substring(colon + 2).strip();
        boolean named = !name.isEmpty() && (name.equals(site) || label != null && name.equals(label));
        return named && norm(rest).indexOf(' ') > 0 ? rest : t;
    }

    private static boolean isSite(String part, String site) {
        String p = norm(part).replace(" ", "");
        if (p.isEmpty()) {
            return false;
        }
        return p.equals(site) || site.startsWith(p) || p.startsWith(site) || p.contains(site) && p.length() < site.length() + 12;
    }

    /**
     * The name in a host that stands for the site: the label before the public suffix ("tinyshop" of
     * "apps.tinyshop.com", "mshq" of "mshq.gov", "kettle" of "kettle.co.uk"); null when {@code siteName} is no
     * host name (a site's own name from og:site_name) or the label is shorter than four letters.
     */
    static String hostLabel(String siteName) {
        if (siteName == null || siteName.indexOf('.') < 0 || !siteName.matches("(?i)[a-z0-9.-]+")) {
            return null;
        }
        String[] labels = siteName.toLowerCase(Locale.ROOT).split("\\.");
        int i = labels.length - 2;
        if (i > 0 && labels[labels.length - 1].length() == 2 && labels[i].length() <= 3) {
            i--; // a second-level suffix under a country's domain: "co.uk", "com.au"
        }
        return i >= 0 && labels[i].length() >= 4 ? labels[i] : null;
    }

    /**
     * True when a title's segment names the site its host names: a short segment that holds the host's
     * label ("Tinyshop App Store" on apps.tinyshop.com), or a name whose initials spell it ("Mine Safety and
     * Health Quarters" on mshq.gov).
     */
    private static boolean byHost(String part, String label) {
        if (label == null) {
            return false;
        }
        String p = norm(part).replace(" ", "");
        if (p.contains(label) && p.length() <= label.length() + 12) {
            return true;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : norm(part).split(" ")) {
            if (!w.isEmpty() && !"and".equals(w) && !"of".equals(w) && !"the".equals(w) && !"for".equals(w)) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString().equals(label);
    }
}
