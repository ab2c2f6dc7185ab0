package org.agora.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The type of an uploaded file judged by its content, never by its name: PDF, PNG, JPEG, plain UTF-8 text, or an
 * Office Open XML document (Word, Excel, PowerPoint). Anything else has no type and is refused.
 */
public final class FileTypes {

	public static final String PDF = "application/pdf";

	public static final String PNG = "image/png";

	public static final String JPEG = "image/jpeg";

	public static final String TEXT = "text/plain";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

	private static final int END_RECORD_SIZE = 22;

	private static final int MAX_COMMENT = 0xffff;

	private FileTypes() {
	}

	/** The content type of the file, or null when it is none of the accepted kinds. */
	public static String of(byte[] data) {
		if (data == null || data.length == 0) {
			return null;
		}
		if (startsWith(data, '%', 'P', 'D', 'F', '-')) {
			return PDF;
		}
		if (startsWith(data, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) {
			return PNG;
		}
		if (startsWith(data, 0xff, 0xd8, 0xff)) {
			return JPEG;
		}
		if (startsWith(data, 'P', 'K', 3, 4)) {
			return officeType(data);
		}
		return isText(data) ? TEXT : null;
	}

	private static boolean startsWith(byte[] data, int... prefix) {
		if (data.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((data[i] & 0xff) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** UTF-8 without control characters other than tabs, line and page breaks. */
	private static boolean isText(byte[] data) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(data))
				.toString();
		}
		catch (CharacterCodingException e) {
			return false;
		}
		return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f');
	}

	/**
	 * Reads the names in the zip's central directory, without unpacking anything, and tells a Word, Excel or
	 * PowerPoint document by its main part.
	 */
	private static String officeType(byte[] zip) {
		var buffer = ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
		int end = -1;
		for (int i = zip.length - END_RECORD_SIZE; i >= Math.max(0, zip.length - END_RECORD_SIZE - MAX_COMMENT); i--) {
			if (buffer.getInt(i) == 0x06054b50) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			return null;
		}
		int entries = Short.toUnsignedInt(buffer.getShort(end + 10));
		long offset = Integer.toUnsignedLong(buffer.getInt(end + 16));
		boolean contentTypes = false;
		String type = null;
		for (int n = 0; n < entries; n++) {
			if (offset + 46 > zip.length || buffer.getInt((int) offset) != 0x02014b50) {
				return null;
			}
			int at = (int) offset;
			int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
			int extraLength = Short.toUnsignedInt(buffer.getShort(at + 30));
			int commentLength = Short.toUnsignedInt(buffer.getShort(at + 32));
			if (at + 46 + nameLength > zip.length) {
				return null;
			}
			String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
			switch (name) {
				case "[Content_Types].xml" -> contentTypes = true;
				case "word/document.xml" -> type = DOCX;
				case "xl/workbook.xml" -> type = XLSX;
				case "ppt/presentation.xml" -> type = PPTX;
				default -> {
				}
			}
			offset += 46L + nameLength + extraLength + commentLength;
		}
		return contentTypes ? type : null;
	}

	/** Whether a browser may show the type inline: the two image types; everything else is served as a download. */
	public static boolean isSafeImage(String type) {
		return PNG.equals(type) || JPEG.equals(type);
	}

	/**
	 * A file name fit to store and to send back: folders and control characters dropped, at most {@code max}
	 * characters with the extension kept, "file" when nothing is left.
	 */
	public static String fileName(String name, int max) {
		String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		base = base.codePoints()
			.filter(c -> !Character.isISOControl(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		if (base.isEmpty()) {
			return "file";
		}
		if (base.length() <= max) {
			return base;
		}
		int dot = base.lastIndexOf('.');
		String extension = dot > 0 && base.length() - dot <= 10 ? base.substring(dot) : "";
		return base.substring(0, max - extension.length()) + extension;
	}
}
