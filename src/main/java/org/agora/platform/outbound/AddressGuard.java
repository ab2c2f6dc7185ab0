package org.agora.platform.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.agora.platform.outbound.OutboundRefusedException.Reason;
import org.springframework.stereotype.Component;

/**
 * Decides whether Agora may connect to a URL's host: only http and https, and never to an address inside the
 * machine's or the organization's network (loopback, private, link-local, carrier-grade NAT, multicast, broadcast,
 * "this network", unique-local IPv6, IPv4 hidden inside IPv6) nor to a cloud metadata service, unless an admin
 * allowlisted the host. Every address the name resolves to is checked, and the caller connects to one of those very
 * addresses, so that a second DNS answer cannot slip past.
 */
@Component
public class AddressGuard {

	private static final Set<String> METADATA_NAMES = Set.of("metadata.google.internal", "metadata.goog", "metadata",
			"instance-data", "instance-data.ec2.internal", "metadata.azure.com");

	/** An IPv4 address as the JDK and libc may read it: decimal, octal or hex parts, one to four of them. */
	private static final Pattern NUMERIC_HOST = Pattern.compile("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+)){0,3}\\.?");

	private static final Pattern DOTTED_QUAD = Pattern
		.compile("(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");

	private final OutboundAllowlist allowlist;

	AddressGuard(OutboundAllowlist allowlist) {
		this.allowlist = allowlist;
	}

	/** The addresses of the URL's host that Agora may connect to, all of them checked; or why not. */
	public List<InetAddress> check(URI url) {
		String host = hostOf(url);
		boolean allowed = allowlist.allows(host);
		String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		if (!allowed && METADATA_NAMES.contains(bare)) {
			throw refused(url, Reason.HOST, "it names a cloud metadata service");
		}
		if (!allowed && NUMERIC_HOST.matcher(bare).matches() && !DOTTED_QUAD.matcher(bare).matches()) {
			throw refused(url, Reason.HOST, "its host is an IP address written in an unusual form");
		}
		List<InetAddress> addresses;
		try {
			addresses = Arrays.asList(InetAddress.getAllByName(bare));
		}
		catch (UnknownHostException e) {
			throw new OutboundRefusedException(Reason.UNRESOLVED,
					"Refused to fetch " + url + ": the host " + host + " does not resolve", e);
		}
		if (!allowed) {
			for (InetAddress address : addresses) {
				String why = forbidden(address);
				if (why != null) {
					throw refused(url, Reason.ADDRESS, host + " resolves to " + address.getHostAddress() + ", " + why
							+ " (an admin may allowlist the host)");
				}
			}
		}
		return addresses;
	}

	/** The URL's host in lower case; refuses anything but an absolute http or https URL with a host. */
	static String hostOf(URI url) {
		String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw refused(url, Reason.SCHEME, "only http and https URLs are fetched");
		}
		if (url.getHost() == null && url.getRawAuthority() != null
				&& NUMERIC_HOST.matcher(url.getRawAuthority().replaceFirst(":[0-9]*$", "").toLowerCase(Locale.ROOT))
					.matches()) {
			throw refused(url, Reason.HOST, "its host is an IP address written in an unusual form");
		}
		if (url.getHost() == null || url.getHost().isBlank() || url.getRawUserInfo() != null) {
			throw refused(url, Reason.SCHEME, "the URL has no plain host name");
		}
		return OutboundAllowlist.canonical(url.getHost());
	}

	/** Why Agora never connects to the address, or null when it may. */
	static String forbidden(InetAddress address) {
		if (address instanceof Inet6Address v6) {
			byte[] b = v6.getAddress();
			if (embedsIpv4(b)) {
				try {
					String inner = forbidden(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
					if (inner != null) {
						return "an IPv6 form of an address that is " + inner;
					}
				}
				catch (UnknownHostException e) {
					throw new IllegalStateException(e);
				}
			}
			if ((b[0] & 0xfe) == 0xfc) {
				return "a unique-local (private) address";
			}
		}
		if (address.isLoopbackAddress()) {
			return "a loopback address";
		}
		if (address.isAnyLocalAddress()) {
			return "the unspecified address";
		}
		if (address.isLinkLocalAddress()) {
			return "a link-local address (cloud metadata lives there)";
		}
		if (address.isSiteLocalAddress()) {
			return "a private address";
		}
		if (address.isMulticastAddress()) {
			return "a multicast address";
		}
		if (address instanceof Inet4Address) {
			byte[] b = address.getAddress();
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			if (first == 0) {
				return "in 0.0.0.0/8 (this network)";
			}
			if (first == 100 && (second & 0xc0) == 64) {
				return "a carrier-grade NAT address";
			}
			if (first >= 240) {
				return "a reserved or broadcast address";
			}
			if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
				return "an IETF protocol address";
			}
			if (first == 198 && (second & 0xfe) == 18) {
				return "a benchmarking address";
			}
		}
		return null;
	}

	/** IPv4-compatible (::a.b.c.d), IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses. */
	private static boolean embedsIpv4(byte[] b) {
		boolean zeros = true;
		for (int i = 0; i < 10; i++) {
			zeros &= b[i] == 0;
		}
		boolean compatibleOrMapped = zeros && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff));
		boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
		for (int i = 4; nat64 && i < 12; i++) {
			nat64 = b[i] == 0;
		}
		return compatibleOrMapped || nat64;
	}

	private static OutboundRefusedException refused(URI url, Reason reason, String why) {
		return new OutboundRefusedException(reason, "Refused to fetch " + url + ": " + why);
	}
}
