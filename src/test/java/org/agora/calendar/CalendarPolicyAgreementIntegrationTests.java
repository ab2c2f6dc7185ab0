package org.agora.calendar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agora.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy's SQL filter and its per-event answer agree for every audience, role, invitation, organizer and
 * registration, so the lists never show an event its page would hide, nor hide one it would show.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarPolicyAgreementIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CalendarPolicy policy;

	@Autowired
	EventStore store;

	@Test
	void visibleAndMaySeeAgreeForEveryCombination() {
		var fixtures = new CalendarViewsFixtures(jdbc);
		var owner = fixtures.manager();
		var roles = Map.of("manager", new Role[] { Role.EMPLOYEE, Role.COMMUNITY_MANAGER }, "admin",
				new Role[] { Role.ADMIN }, "leader", new Role[] { Role.EMPLOYEE, Role.KNOWLEDGE_LEADER }, "employee",
				new Role[] { Role.EMPLOYEE }, "guest", new Role[] { Role.GUEST });
		var registrations = new ArrayList<RegistrationStatus>();
		registrations.add(null);
		registrations.addAll(List.of(RegistrationStatus.values()));
		List<String> disagreements = new ArrayList<>();
		int checked = 0;
		for (var role : roles.entrySet()) {
			for (boolean invited : new boolean[] { false, true }) {
				for (boolean organizer : new boolean[] { false, true }) {
					for (var registration : registrations) {
						var viewer = fixtures.person("Policy " + role.getKey(), null, role.getValue());
						Map<Long, String> events = new HashMap<>();
						for (var audience : Audience.values()) {
							long id = fixtures.event(CalendarViewsFixtures.unique("policy"), owner)
								.audience(audience)
								.save();
							if (invited) {
								fixtures.invite(id, viewer, owner);
							}
							if (organizer) {
								fixtures.organize(id, viewer);
							}
							if (registration != null) {
								fixtures.register(id, viewer, registration);
							}
							events.put(id, role.getKey() + " invited=" + invited + " organizer=" + organizer
									+ " registration=" + registration + " audience=" + audience);
						}
						var filter = policy.visible(viewer.principal());
						var params = new HashMap<String, Object>(filter.params());
						params.put("ids", events.keySet());
						var listed = jdbc.sql("select e.id from calendar_event e where e.id in (:ids) and ("
								+ filter.where() + ")").params(params).query(Long.class).list();
						for (var id : events.keySet()) {
							boolean maySee = policy.maySee(viewer.principal(), store.get(id));
							if (maySee != listed.contains(id)) {
								disagreements.add(events.get(id) + ": maySee=" + maySee + ", listed=" + listed.contains(id));
							}
							checked++;
						}
					}
				}
			}
		}

		assertThat(checked).isEqualTo(5 * 2 * 2 * 4 * 3);
		assertThat(disagreements).isEmpty();
	}

	@Test
	void guestsSeeOnlyWhatTheyAreInvitedToAndEmployeesNoLeadersEvents() {
		var fixtures = new CalendarViewsFixtures(jdbc);
		var owner = fixtures.manager();
		var guest = fixtures.guest();
		var employee = fixtures.employee();
		long leaders = fixtures.event("Leaders only", owner).audience(Audience.LEADERS).save();
		long everyone = fixtures.event("All employees", owner).audience(Audience.EMPLOYEES).save();
		long joint = fixtures.event("Joint", owner).audience(Audience.INVITED).type(EventType.JOINT_EVENT).save();
		fixtures.invite(joint, guest, owner);

		assertThat(policy.maySee(guest.principal(), store.get(joint))).isTrue();
		assertThat(policy.maySee(guest.principal(), store.get(everyone))).isFalse();
		assertThat(policy.maySee(guest.principal(), store.get(leaders))).isFalse();
		assertThat(policy.maySee(employee.principal(), store.get(everyone))).isTrue();
		assertThat(policy.maySee(employee.principal(), store.get(leaders))).isFalse();
		assertThat(policy.maySee(employee.principal(), store.get(joint))).isFalse();
	}
}
