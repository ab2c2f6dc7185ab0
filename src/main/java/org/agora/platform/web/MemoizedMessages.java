package org.agora.platform.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * The pages' messages, looked up once per key and language. The bundles are read once and kept for the life of the
 * application, so a message never changes while Agora runs; looking one up through every bundle on each use is what
 * a page with hundreds of labels would otherwise pay for. Messages with arguments are formatted as
 * {@link org.springframework.context.support.AbstractMessageSource} does: with {@link MessageFormat} in the
 * language, while a message without arguments is given as written.
 */
final class MemoizedMessages implements MessageSource {

	private record Key(String code, Locale locale) {
	}

	private final MessageSource messages;

	private final ConcurrentHashMap<Key, Optional<String>> patterns = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<Key, Optional<MessageFormat>> formats = new ConcurrentHashMap<>();

	MemoizedMessages(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
		if (code == null || locale == null || !plain(args)) {
			return messages.getMessage(code, args, defaultMessage, locale);
		}
		var key = new Key(code, locale);
		var pattern = patterns.computeIfAbsent(key, k -> Optional.ofNullable(messages.getMessage(code, null, null, locale)));
		if (pattern.isEmpty()) {
			return messages.getMessage(code, args, defaultMessage, locale);
		}
		if (args == null || args.length == 0) {
			return pattern.get();
		}
		var format = formats.computeIfAbsent(key, k -> parse(pattern.get(), locale));
		if (format.isEmpty()) {
			return messages.getMessage(code, args, defaultMessage, locale);
		}
		synchronized (format.get()) {
			return format.get().format(args);
		}
	}

	@Override
	public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
		String message = getMessage(code, args, null, locale);
		if (message == null) {
			throw new NoSuchMessageException(code, locale);
		}
		return message;
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
		return messages.getMessage(resolvable, locale);
	}

	/** Arguments that format as they are: none of them is itself a message to look up. */
	private static boolean plain(Object[] args) {
		if (args != null) {
			for (Object arg : args) {
				if (arg instanceof MessageSourceResolvable) {
					return false;
				}
			}
		}
		return true;
	}

	private static Optional<MessageFormat> parse(String pattern, Locale locale) {
		try {
			return Optional.of(new MessageFormat(pattern, locale));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
