package org.agora.knowledgemap;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.agora.discussions.SpaceFixtures;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Areas, people and holders of the retention tests, each with a name no other test uses. */
final class RetentionTestData {

	final SpaceFixtures fixtures;

	final JdbcClient jdbc;

	RetentionTestData(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.fixtures = new SpaceFixtures(jdbc);
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	TestPerson employee(String name) {
		return fixtures.employee(name + " " + unique());
	}

	TestPerson manager(String name) {
		return fixtures.manager(name + " " + unique());
	}

	/** An area, inserted as the areas part would write it. */
	long area(String name, long createdBy) {
		var key = new GeneratedKeyHolder();
		var now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into knowledgemap_area (name, created_by, created_at, updated_at)
				values (:name, :by, :now, :now)""")
			.param("name", name + " " + unique())
			.param("by", createdBy)
			.param("now", now)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	void areaUnit(long areaId, long unitId) {
		jdbc.sql("insert into knowledgemap_area_unit (area_id, unit_id) values (:a, :u)")
			.param("a", areaId)
			.param("u", unitId)
			.update();
	}

	static HolderForm form(long areaId, long personId, LocalDate departure, int position) {
		return new HolderForm(String.valueOf(areaId), String.valueOf(personId), "EXPERT",
				departure == null ? "" : "RETIREMENT", departure == null ? "" : departure.toString(),
				String.valueOf(position), "", "");
	}

	int count(String table, String where, Object id) {
		return jdbc.sql("select count(*) from " + table + " where " + where).param("id", id).query(Integer.class).single();
	}
}
