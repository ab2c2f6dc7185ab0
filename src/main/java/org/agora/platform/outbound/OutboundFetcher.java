package org.agora.platform.outbound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import org.agora.platform.outbound.OutboundRefusedException.Reason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one way Agora fetches a URL from outside: every hop checked by {@link AddressGuard}, the connection made to
 * the very address that was checked (no second DNS lookup), redirects followed by hand (at most five, each checked
 * again), connect and read timeouts, and a size cap. See docs/adr/0011-outgoing-fetches.md.
 */
@Component
public class OutboundFetcher {

	public static final int MAX_REDIRECTS = 5;

	public static final int MAX_BYTES = 2 * 1024 * 1024;

	/** However steadily a server trickles bytes, one exchange ends after this long. */
	static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(30);

	/** Content types of RSS and Atom feeds, and the generic XML ones servers often use for them. */
	public static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
			"application/xml", "text/xml", "application/rdf+xml", "application/feed+json");

	/** What came back. */
	public record Fetched(URI url, int status, String contentType, byte[] body) {
	}

	private final AddressGuard guard;

	private final Duration connectTimeout;

	private final Duration readTimeout;

	@Autowired
	OutboundFetcher(AddressGuard guard) {
		this(guard, Duration.ofSeconds(5), Duration.ofSeconds(10));
	}

	OutboundFetcher(AddressGuard guard, Duration connectTimeout, Duration readTimeout) {
		this.guard = guard;
		this.connectTimeout = connectTimeout;
		this.readTimeout = readTimeout;
	}

	/** The same fetcher with other timeouts (tests use short ones). */
	OutboundFetcher withTimeouts(Duration connect, Duration read) {
		return new OutboundFetcher(guard, connect, read);
	}

	/** Only checks the URL, without fetching it: for forms that store a URL to fetch later. */
	public void check(String url) {
		guard.check(parse(url));
	}

	/**
	 * Fetches the URL with GET.
	 *
	 * @param acceptedTypes the content types accepted (without parameters); empty for any
	 * @throws OutboundRefusedException naming why the URL was refused or the fetch failed
	 */
	public Fetched get(String url, Set<String> acceptedTypes) {
		URI current = parse(url);
		for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
			List<InetAddress> addresses = guard.check(current);
			Fetched answer = exchange(current, addresses);
			if (answer.status() >= 300 && answer.status() < 400 && answer.status() != 304) {
				String location = answer.contentType();
				if (location == null || location.isBlank()) {
					throw new OutboundRefusedException(Reason.REDIRECTS,
							"Refused to fetch " + current + ": a redirect without a Location");
				}
				current = parse(current.resolve(location.strip()).toString());
				continue;
			}
			if (answer.status() < 200 || answer.status() >= 300) {
				throw new OutboundRefusedException(Reason.STATUS,
						"Fetching " + current + " failed: the server answered " + answer.status());
			}
			String type = mediaType(answer.contentType());
			if (!acceptedTypes.isEmpty() && !acceptedTypes.contains(type)) {
				throw new OutboundRefusedException(Reason.CONTENT_TYPE, "Refused " + current + ": its content type "
						+ (type.isEmpty() ? "is missing" : type + " is not one of " + acceptedTypes));
			}
			return answer;
		}
		throw new OutboundRefusedException(Reason.REDIRECTS,
				"Refused to fetch " + url + ": more than " + MAX_REDIRECTS + " redirects");
	}

	static URI parse(String url) {
		try {
			var uri = new URI(url == null ? "" : url.strip());
			AddressGuard.hostOf(uri);
			return uri;
		}
		catch (URISyntaxException e) {
			throw new OutboundRefusedException(Reason.SCHEME, "Refused to fetch " + url + ": it is not a valid URL");
		}
	}

	/**
	 * One request to the first checked address that accepts a connection. For a redirect, the returned content type
	 * is the Location header.
	 */
	private Fetched exchange(URI url, List<InetAddress> addresses) {
		boolean https = "https".equalsIgnoreCase(url.getScheme());
		int port = url.getPort() > 0 ? url.getPort() : https ? 443 : 80;
		IOException last = null;
		for (InetAddress address : addresses) {
			Socket socket = new Socket();
			try {
				socket.connect(new InetSocketAddress(address, port), (int) connectTimeout.toMillis());
			}
			catch (SocketTimeoutException e) {
				close(socket);
				last = e;
				continue;
			}
			catch (IOException e) {
				close(socket);
				last = e;
				continue;
			}
			try (Socket open = https ? tls(socket, url.getHost().replaceAll("^\\[|]$", ""), port) : socket) {
				open.setSoTimeout((int) readTimeout.toMillis());
				return HttpExchange.run(open, url, MAX_BYTES, System.nanoTime() + TOTAL_TIMEOUT.toNanos());
			}
			catch (SocketTimeoutException e) {
				throw new OutboundRefusedException(Reason.TIMEOUT,
						"Fetching " + url + " failed: the server took too long to answer", e);
			}
			catch (IOException e) {
				throw new OutboundRefusedException(Reason.NETWORK, "Fetching " + url + " failed: " + e.getMessage(), e);
			}
		}
		if (last instanceof SocketTimeoutException) {
			throw new OutboundRefusedException(Reason.TIMEOUT,
					"Fetching " + url + " failed: no connection within " + connectTimeout.toSeconds() + " s", last);
		}
		throw new OutboundRefusedException(Reason.NETWORK,
				"Fetching " + url + " failed: " + (last == null ? "no address" : last.getMessage()), last);
	}

	/** TLS over the already connected socket, with the host name for SNI and certificate checking. */
	private Socket tls(Socket socket, String host, int port) throws IOException {
		try {
			socket.setSoTimeout((int) readTimeout.toMillis());
			var ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(socket, host, port,
					true);
			SSLParameters parameters = ssl.getSSLParameters();
			parameters.setEndpointIdentificationAlgorithm("HTTPS");
			ssl.setSSLParameters(parameters);
			ssl.startHandshake();
			return ssl;
		}
		catch (IOException | RuntimeException e) {
			close(socket);
			throw e;
		}
	}

	private static void close(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// nothing to do
		}
	}

	private static String mediaType(String contentType) {
		if (contentType == null) {
			return "";
		}
		int semicolon = contentType.indexOf(';');
		return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
	}

	/** A minimal HTTP/1.1 exchange over an open socket: GET, Connection: close, identity encoding. */
	static final class HttpExchange {

		private HttpExchange() {
		}

		static Fetched run(Socket socket, URI url, int maxBytes, long deadlineNanos) throws IOException {
			String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
			if (url.getRawQuery() != null) {
				path += "?" + url.getRawQuery();
			}
			String host = url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "");
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host
					+ "\r\nUser-Agent: Agora\r\nAccept: */*\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = new Deadline(new java.io.BufferedInputStream(socket.getInputStream()), deadlineNanos);
			String statusLine = line(in);
			String[] parts = statusLine.split(" ", 3);
			if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
				throw new IOException("not an HTTP answer");
			}
			int status = Integer.parseInt(parts[1].strip());
			String contentType = null;
			String location = null;
			long length = -1;
			boolean chunked = false;
			for (String header = line(in); !header.isEmpty(); header = line(in)) {
				int colon = header.indexOf(':');
				if (colon < 0) {
					continue;
				}
				String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
				String value = header.substring(colon + 1).strip();
				switch (name) {
					case "content-type" -> contentType = value;
					case "location" -> location = value;
					case "content-length" -> length = Long.parseLong(value);
					case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
					default -> {
					}
				}
			}
			if (status >= 300 && status < 400) {
				return new Fetched(url, status, location, new byte[0]);
			}
			if (length > maxBytes) {
				throw tooLarge(url, maxBytes);
			}
			byte[] body = chunked ? chunked(in, url, maxBytes) : upTo(in, length, url, maxBytes);
			return new Fetched(url, status, contentType, body);
		}

		private static byte[] chunked(InputStream in, URI url, int maxBytes) throws IOException {
			var body = new ByteArrayOutputStream();
			while (true) {
				String size = line(in);
				int semicolon = size.indexOf(';');
				long chunk = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
				if (chunk == 0) {
					return body.toByteArray();
				}
				if (body.size() + chunk > maxBytes) {
					throw tooLarge(url, maxBytes);
				}
				body.write(in.readNBytes((int) chunk));
				line(in);
			}
		}

		private static byte[] upTo(InputStream in, long length, URI url, int maxBytes) throws IOException {
			if (length >= 0) {
				return in.readNBytes((int) length);
			}
			byte[] body = in.readNBytes(maxBytes + 1);
			if (body.length > maxBytes) {
				throw tooLarge(url, maxBytes);
			}
			return body;
		}

		private static OutboundRefusedException tooLarge(URI url, int maxBytes) {
			return new OutboundRefusedException(Reason.TOO_LARGE,
					"Refused " + url + ": it is larger than " + maxBytes / 1024 + " KB");
		}

		/** Ends a read that goes past the deadline as a timeout. */
		private static final class Deadline extends java.io.FilterInputStream {

			private final long deadlineNanos;

			Deadline(InputStream in, long deadlineNanos) {
				super(in);
				this.deadlineNanos = deadlineNanos;
			}

			@Override
			public int read() throws IOException {
				check();
				return super.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				check();
				return super.read(buffer, offset, Math.min(length, 64 * 1024));
			}

			private void check() throws SocketTimeoutException {
				if (System.nanoTime() - deadlineNanos > 0) {
					throw new SocketTimeoutException("the answer took too long");
				}
			}
		}

		/** One header line, without its CR LF; headers are ISO-8859-1 and capped at 8 KB. */
		private static String line(InputStream in) throws IOException {
			var line = new StringBuilder();
			for (int c = in.read(); c != '\n'; c = in.read()) {
				if (c < 0) {
					if (line.length() == 0) {
						throw new IOException("the connection closed early");
					}
					break;
				}
				if (c != '\r') {
					line.append((char) c);
				}
				if (line.length() > 8192) {
					throw new IOException("a header line is too long");
				}
			}
			return line.toString();
		}
	}
}
