package dev.precis.extract;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Internal addresses (loopback, private networks) that a {@link SafeFetcher} may reach although it
 * refuses internal targets: an exception for tests and private deployments, never on by default. Only
 * literal addresses and CIDR blocks are accepted (no host names, which could resolve anywhere), and
 * {@code 0.0.0.0/0}-style blocks wider than a /8 (IPv4) or /16 (IPv6) are refused, so the list cannot
 * switch the check off wholesale. Immutable.
 *
 * <pre>{@code
 * SafeFetcher f = new SafeFetcher(SafeFetcher.Policy.DEFAULT, InternalAllowList.parse(List.of("127.0.0.1")));
 * }</pre>
 */
public final class InternalAllowList {

    /** Nothing allowed: the default. */
    public static final InternalAllowList NONE = new InternalAllowList(List.of());

    private record Block(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Block> blocks;
    private final List<String> written;

    private InternalAllowList(List<Block> blocks) {
        this.blocks = blocks;
        this.written = new ArrayList<>();
    }

    /**
     * Parses addresses ({@code 127.0.0.1}, {@code ::1}) and blocks ({@code 10.1.0.0/16}).
     *
     * @throws IllegalArgumentException naming the entry that is no literal address or block, or too wide
     */
    public static InternalAllowList parse(List<String> entries) {
        List<Block> blocks = new ArrayList<>();
        for (String raw : entries) {
            String e = raw.strip();
            int slash = e.indexOf('/');
            String host = slash < 0 ? e : e.substring(0, slash);
            if (host.isEmpty() || !(host.contains(":") || host.matches("[0-9.]+"))) {
                throw new IllegalArgumentException("not an IP address or CIDR block: " + raw);
            }
            byte[] address;
            try {
                address = InetAddress.getByName(host).getAddress(); // a literal: no lookup happens
            } catch (UnknownHostException | SecurityException ex) {
                throw new IllegalArgumentException("not an IP address or CIDR block: " + raw);
            }
            int max = address.length * 8;
            int bits;
            try {
                bits = slash < 0 ? max : Integer.parseInt(e.substring(slash + 1));
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("not a CIDR prefix length: " + raw);
            }
            if (bits < (address.length == 4 ? 8 : 16) || bits > max) {
                throw new IllegalArgumentException("CIDR block too wide or invalid (at least /8 for IPv4, /16 for IPv6): " + raw);
            }
            blocks.add(new Block(address, bits));
        }
        InternalAllowList list = new InternalAllowList(List.copyOf(blocks));
        list.written.addAll(entries);
        return list;
    }

    /** True when {@code a} is inside one of the blocks. */
    public boolean contains(InetAddress a) {
        byte[] b = a.getAddress();
        for (Block block : blocks) {
            if (block.contains(b)) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    @Override
    public String toString() {
        return String.join(", ", written);
    }
}
