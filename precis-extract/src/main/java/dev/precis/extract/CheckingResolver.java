package dev.precis.extract;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * {@link SafeFetcher}'s connection resolver: one lookup, the whole host refused when any answer is
 * internal, and exactly the checked addresses handed to the socket. Never returns an unresolved
 * address (which the socket would look up again), so DNS rebinding finds no second lookup to answer.
 */
final class CheckingResolver implements DnsResolver {
    private final SafeFetcher.HostResolver lookup;
    private final boolean allowPrivate;
    private final InternalAllowList allowed;

    CheckingResolver(SafeFetcher.HostResolver lookup, boolean allowPrivate, InternalAllowList allowed) {
        this.lookup = lookup;
        this.allowPrivate = allowPrivate;
        this.allowed = allowed;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = lookup.resolve(host);
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        if (!allowPrivate) {
            for (InetAddress a : addresses) {
                if (isInternal(a) && !allowed.contains(a)) {
                    throw new RefusedHostException(host, a);
                }
            }
        }
        return addresses.clone();
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        List<InetSocketAddress> out = new ArrayList<>();
        for (InetAddress a : resolve(host)) {
            out.add(new InetSocketAddress(a, port));
        }
        return out;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host; // only used for Kerberos, which is never enabled here
    }

    /** True for addresses a public fetcher must not reach. */
    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 100 && second >= 64 && second < 128 // carrier-grade NAT
                    || first == 192 && second == 0 && (b[2] & 0xff) == 0 || first >= 240;
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A host with an internal address among its answers. */
    static final class RefusedHostException extends UnknownHostException {
        private static final long serialVersionUID = 1L;
        final String host;
        final transient InetAddress address;

        RefusedHostException(String host, InetAddress address) {
            super(host + " resolves to the internal address " + address.getHostAddress());
            this.host = host;
            this.address = address;
        }
    }
}
