package org.agora.platform.outbound;

/**
 * An outgoing fetch that Agora refused or that failed; the message names the URL and why, in words an admin can act
 * on, and {@link #reason()} says it for code.
 */
public class OutboundRefusedException extends RuntimeException {

	/** Why a fetch did not happen or did not finish. */
	public enum Reason {

		/** Not an absolute http or https URL with a host. */
		SCHEME,
		/** The host is a cloud metadata name or an IP address written in an unusual form. */
		HOST,
		/** The host resolves to an address Agora never fetches from (loopback, private, link-local…). */
		ADDRESS,
		/** The host name does not resolve. */
		UNRESOLVED,
		/** More than the allowed number of redirects, or a redirect without a target. */
		REDIRECTS,
		/** The answer is larger than the size cap. */
		TOO_LARGE,
		/** The answer is not of a content type the caller accepts. */
		CONTENT_TYPE,
		/** The server took too long to connect or answer. */
		TIMEOUT,
		/** The server answered with an error status. */
		STATUS,
		/** The connection failed. */
		NETWORK
	}

	private final Reason reason;

	public OutboundRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public OutboundRefusedException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
