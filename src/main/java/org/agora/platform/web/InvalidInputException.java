package org.agora.platform.web;

/** A request that breaks a rule about one field; the message names the problem for the person. */
public class InvalidInputException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public InvalidInputException(String field, String messageKey, String message) {
		super(message);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
