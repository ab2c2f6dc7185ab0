package org.agora.platform.outbound;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** A small HTTP server on 127.0.0.1 for the tests of outgoing fetches; closed after each test. */
final class LoopbackServer implements AutoCloseable {

	private final HttpServer server;

	LoopbackServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
		server.start();
	}

	LoopbackServer on(String path, HttpHandler handler) {
		server.createContext(path, handler);
		return this;
	}

	int port() {
		return server.getAddress().getPort();
	}

	String url(String path) {
		return "http://127.0.0.1:" + port() + path;
	}

	/** Answers with the text and content type. */
	static HttpHandler text(String contentType, String body) {
		return exchange -> send(exchange, 200, contentType, body.getBytes(StandardCharsets.UTF_8), false);
	}

	/** Redirects to the location. */
	static HttpHandler redirect(String location) {
		return exchange -> {
			exchange.getResponseHeaders().add("Location", location);
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		};
	}

	static void send(HttpExchange exchange, int status, String contentType, byte[] body, boolean chunked)
			throws IOException {
		exchange.getResponseHeaders().add("Content-Type", contentType);
		exchange.sendResponseHeaders(status, chunked ? 0 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
