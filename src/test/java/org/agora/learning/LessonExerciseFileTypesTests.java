package org.agora.learning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An exercise file's type comes from its content; its name does not count. */
class LessonExerciseFileTypesTests {

	@Test
	void tellsTheAcceptedTypesByTheirContent() throws IOException {
		assertThat(ExerciseFileTypes.of("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ExerciseFileTypes.PDF);
		assertThat(ExerciseFileTypes.of(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0 }))
			.isEqualTo(ExerciseFileTypes.PNG);
		assertThat(ExerciseFileTypes.of(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0 }))
			.isEqualTo(ExerciseFileTypes.JPEG);
		assertThat(ExerciseFileTypes.of("My map of critical skills\r\n\tמיפוי ידע\n".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(ExerciseFileTypes.TEXT);
		assertThat(ExerciseFileTypes.of(office("word/document.xml"))).isEqualTo(ExerciseFileTypes.DOCX);
		assertThat(ExerciseFileTypes.of(office("xl/workbook.xml"))).isEqualTo(ExerciseFileTypes.XLSX);
		assertThat(ExerciseFileTypes.of(office("ppt/presentation.xml"))).isEqualTo(ExerciseFileTypes.PPTX);
	}

	@Test
	void refusesProgramsArchivesAndBinaryData() throws IOException {
		byte[] program = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff };
		assertThat(ExerciseFileTypes.of(program)).isNull();
		assertThat(ExerciseFileTypes.of(zip("readme.txt", "run.exe"))).as("a zip that is no Office document").isNull();
		assertThat(ExerciseFileTypes.of(zip("word/document.xml"))).as("no [Content_Types].xml").isNull();
		assertThat(ExerciseFileTypes.of(new byte[] { 'P', 'K', 3, 4, 1, 2 })).as("a broken zip").isNull();
		assertThat(ExerciseFileTypes.of(new byte[] { (byte) 0xc3, 0x28 })).as("not UTF-8").isNull();
		assertThat(ExerciseFileTypes.of(new byte[0])).isNull();
	}

	@Test
	void fileNamesLoseFoldersAndControlCharacters() {
		assertThat(Exercises.fileName("C:\\Users\\rania\\map.docx")).isEqualTo("map.docx");
		assertThat(Exercises.fileName("../../etc/pass\u0000wd")).isEqualTo("passwd");
		assertThat(Exercises.fileName("  ")).isEqualTo("file");
		assertThat(Exercises.fileName("a".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
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
