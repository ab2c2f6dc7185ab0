package org.agora.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An uploaded file's type comes from its content; its name does not count. */
class FileTypesTests {

	@Test
	void tellsTheAcceptedTypesByTheirContent() throws IOException {
		assertThat(FileTypes.of("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).isEqualTo(FileTypes.PDF);
		assertThat(FileTypes.of(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0 }))
			.isEqualTo(FileTypes.PNG);
		assertThat(FileTypes.of(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0 }))
			.isEqualTo(FileTypes.JPEG);
		assertThat(FileTypes.of("My map of critical skills\r\n\tמיפוי ידע\n".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(FileTypes.TEXT);
		assertThat(FileTypes.of(office("word/document.xml"))).isEqualTo(FileTypes.DOCX);
		assertThat(FileTypes.of(office("xl/workbook.xml"))).isEqualTo(FileTypes.XLSX);
		assertThat(FileTypes.of(office("ppt/presentation.xml"))).isEqualTo(FileTypes.PPTX);
	}

	@Test
	void refusesProgramsArchivesAndBinaryData() throws IOException {
		byte[] program = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff };
		assertThat(FileTypes.of(program)).isNull();
		assertThat(FileTypes.of(zip("readme.txt", "run.exe"))).as("a zip that is no Office document").isNull();
		assertThat(FileTypes.of(zip("word/document.xml"))).as("no [Content_Types].xml").isNull();
		assertThat(FileTypes.of(new byte[] { 'P', 'K', 3, 4, 1, 2 })).as("a broken zip").isNull();
		assertThat(FileTypes.of(new byte[] { (byte) 0xc3, 0x28 })).as("not UTF-8").isNull();
		assertThat(FileTypes.of(new byte[0])).isNull();
	}

	@Test
	void fileNamesLoseFoldersAndControlCharacters() {
		assertThat(FileTypes.fileName("C:\\Users\\rania\\map.docx", 255)).isEqualTo("map.docx");
		assertThat(FileTypes.fileName("../../etc/pass\u0000wd", 255)).isEqualTo("passwd");
		assertThat(FileTypes.fileName("  ", 255)).isEqualTo("file");
		assertThat(FileTypes.fileName("a".repeat(300) + ".pdf", 255)).hasSize(255).endsWith(".pdf");
	}

	static byte[] office(String mainPart) throws IOException {
		return zip("[Content_Types].xml", "_rels/.rels", mainPart);
	}

	static byte[] zip(String... names) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
