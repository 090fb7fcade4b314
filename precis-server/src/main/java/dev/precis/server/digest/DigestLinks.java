package dev.precis.server.digest;

/**
 * Where a digest's links lead. The reader's own pages link to its pages ({@link #site}, relative when the address
 * is unknown). A digest read elsewhere, in a mail or a terminal, links what its reader can open from there
 * ({@link #portable}): the reader's public address when it is known, else an article's own http(s) address, else
 * a fallback reader address (a server's own, which may open only on its machine), else nothing. Immutable.
 */
public final class DigestLinks {

    private final String base;
    private final boolean portable;
    private final String fallback;

    private DigestLinks(String base, boolean portable, String fallback) {
        this.base = withoutSlash(base);
        this.portable = portable;
        this.fallback = withoutSlash(fallback);
    }

    /** Every link to the reader's pages at {@code base} ("": relative links, for the reader's own pages). */
    public static DigestLinks site(String base) {
        return new DigestLinks(base, false, "");
    }

    /**
     * Links a reader away from the server can follow.
     *
     * @param base the reader's address as that reader reaches it (e.g. {@code https://news.example.org}), or "" when unknown
     * @param fallback a reader address for what has no address of its own when {@code base} is unknown, or "" for no link
     */
    public static DigestLinks portable(String base, String fallback) {
        return new DigestLinks(base, true, fallback);
    }

    /** The link to article {@code id}, whose own address is {@code ownUrl} (null: none), or null when there is none to give. */
    public String article(long id, String ownUrl) {
        if (!portable || !base.isEmpty()) {
            return base + "/articles/" + id;
        }
        if (ownUrl != null && (ownUrl.startsWith("http://") || ownUrl.startsWith("https://"))) {
            return ownUrl;
        }
        return fallback.isEmpty() ? null : fallback + "/articles/" + id;
    }

    /** The link to story {@code id}, or null when there is none to give (a story has no address but the reader's). */
    public String story(long id) {
        if (!portable || !base.isEmpty()) {
            return base + "/stories/" + id;
        }
        return fallback.isEmpty() ? null : fallback + "/stories/" + id;
    }

    private static String withoutSlash(String address) {
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }
}
