package org.agora.people;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A division, department or team; units form a tree. */
@Table("people_unit")
class OrgUnit {

	@Id
	Long id;

	String code;

	String name;

	UnitKind kind;

	Long parentId;

	Instant createdAt;

	OrgUnit() {
	}

	OrgUnit(String code, String name, UnitKind kind, Long parentId, Instant createdAt) {
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.parentId = parentId;
		this.createdAt = createdAt;
	}
}
