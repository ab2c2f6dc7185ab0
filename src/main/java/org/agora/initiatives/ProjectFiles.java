package org.agora.initiatives;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.agora.platform.FileTypes;
import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files shared on a project: uploaded by members and managers, at most 5 per upload and 5 MB each, of a type read
 * from their content; read by the organization; taken down (kept in the table) by the uploader, the lead or a manager.
 */
@Service
@Transactional
class ProjectFiles {

	static final int MAX_FILES = 5;

	static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

	/** A file as sent, before its type and size are checked. */
	record Upload(String name, byte[] data) {

		/** The files of a form; empty file inputs (nothing chosen) are left out. */
		static List<Upload> of(List<MultipartFile> files) {
			if (files == null) {
				return List.of();
			}
			return files.stream().filter(f -> f != null && !f.isEmpty()).map(f -> {
				try {
					return new Upload(f.getOriginalFilename(), f.getBytes());
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}).toList();
		}
	}

	/** A stored file to send. */
	record Download(String name, String contentType, byte[] data) {
	}

	private record Checked(String name, String contentType, byte[] data) {
	}

	private final Projects projects;

	private final TaskBoard board;

	private final ProjectEditor editor;

	private final InitiativesPolicy policy;

	private final OrganizationClock clock;

	private final JdbcClient jdbc;

	ProjectFiles(Projects projects, TaskBoard board, ProjectEditor editor, InitiativesPolicy policy,
			OrganizationClock clock, JdbcClient jdbc) {
		this.projects = projects;
		this.board = board;
		this.editor = editor;
		this.policy = policy;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** Stores the files, all or none; returns how many. */
	int upload(AgoraPrincipal viewer, long projectId, List<Upload> files) {
		board.workable(viewer, projectId);
		var checked = check(files);
		Instant now = clock.now();
		for (var file : checked) {
			jdbc.sql("""
					insert into initiatives_project_file (project_id, file_name, content_type, size_bytes, data,
					  uploaded_by, created_at) values (:project, :name, :type, :size, :data, :by, :now)""")
				.param("project", projectId)
				.param("name", file.name())
				.param("type", file.contentType())
				.param("size", file.data().length)
				.param("data", file.data())
				.param("by", viewer.personId())
				.param("now", Timestamp.from(now))
				.update();
		}
		editor.touch(projectId, now);
		return checked.size();
	}

	@Transactional(readOnly = true)
	Download download(AgoraPrincipal viewer, long projectId, long fileId) {
		var file = jdbc.sql("""
				select file_name, content_type, data from initiatives_project_file
				where id = :id and project_id = :project and removed_at is null""")
			.param("id", fileId)
			.param("project", projectId)
			.query((rs, n) -> new Download(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional()
			.orElseThrow(() -> new NotFoundException("File"));
		projects.visible(viewer, projectId);
		return file;
	}

	void remove(AgoraPrincipal viewer, long projectId, long fileId) {
		Long uploadedBy = jdbc.sql("""
				select uploaded_by from initiatives_project_file
				where id = :id and project_id = :project and removed_at is null""")
			.param("id", fileId)
			.param("project", projectId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("File"));
		var project = projects.visible(viewer, projectId);
		if (!policy.mayRemoveProjectFile(viewer, uploadedBy, project.leadId())) {
			throw new AccessDeniedException("The uploader, the lead and community managers remove a file");
		}
		jdbc.sql("update initiatives_project_file set removed_at = :now, removed_by = :by where id = :id")
			.param("now", Timestamp.from(clock.now()))
			.param("by", viewer.personId())
			.param("id", fileId)
			.update();
	}

	private static List<Checked> check(List<Upload> files) {
		if (files.isEmpty()) {
			throw new InvalidInputException("files", "projects.error.filesRequired", "Choose a file to share.");
		}
		if (files.size() > MAX_FILES) {
			throw new InvalidInputException("files", "projects.error.tooManyFiles", "Share at most 5 files at once.");
		}
		List<Checked> checked = new ArrayList<>();
		for (var file : files) {
			if (file.data().length > MAX_FILE_BYTES) {
				throw new InvalidInputException("files", "projects.error.fileTooLarge", "A file has at most 5 MB.");
			}
			String type = FileTypes.of(file.data());
			if (type == null) {
				throw new InvalidInputException("files", "projects.error.fileType",
						"Share PDF, PNG, JPEG, plain text or Office documents only.");
			}
			checked.add(new Checked(FileTypes.fileName(file.name(), 200), type, file.data()));
		}
		return checked;
	}
}
