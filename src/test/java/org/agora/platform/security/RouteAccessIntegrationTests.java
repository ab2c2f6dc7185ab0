package org.agora.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.agora.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Walks every registered route for every role and compares who gets through with the table in
 * {@code route-access.txt}: nothing is open that the table does not open.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RouteAccessIntegrationTests {

	static final List<String> PERSONAS = List.of("ANONYMOUS", "GUEST", "EMPLOYEE", "KNOWLEDGE_LEADER",
			"COMMUNITY_MANAGER", "ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Test
	void everyRouteIsOpenExactlyToWhomTheTableSays() throws Exception {
		Map<String, Set<String>> expected = expectedTable();
		Set<String> routes = registeredRoutes();
		assertThat(routes).as("routes without a line in route-access.txt").isSubsetOf(expected.keySet());

		List<String> mismatches = new ArrayList<>();
		for (String route : routes) {
			String method = route.substring(0, route.indexOf(' '));
			String path = concrete(route.substring(route.indexOf(' ') + 1));
			for (String persona : PERSONAS) {
				boolean allowed = passes(method, path, persona);
				boolean shouldBe = expected.get(route).contains(persona);
				if (allowed != shouldBe) {
					mismatches.add(route + " as " + persona + ": " + (allowed ? "allowed" : "denied") + ", expected "
							+ (shouldBe ? "allowed" : "denied"));
				}
			}
		}
		assertThat(mismatches).isEmpty();
	}

	@Test
	void unknownRoutesAreDeniedEvenToAdmins() throws Exception {
		assertThat(passes("GET", "/no-such-page", "ADMIN")).isFalse();
		assertThat(passes("GET", "/api/v1/no-such-thing", "ADMIN")).isFalse();
	}

	private boolean passes(String method, String path, String persona) throws Exception {
		var builder = request(HttpMethod.valueOf(method), path).with(csrf());
		if (!"ANONYMOUS".equals(persona)) {
			builder.with(Personas.as(users, Personas.BY_ROLE.get(persona)));
		}
		MvcResult result;
		try {
			result = mvc.perform(builder).andReturn();
		}
		catch (jakarta.servlet.ServletException e) {
			// the request got past the route rules and failed in the handler (e.g. a form without its file)
			return true;
		}
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		boolean toLogin = status == 302 && location != null && location.endsWith("/login");
		return status != 401 && status != 403 && !toLogin;
	}

	private Set<String> registeredRoutes() {
		Set<String> routes = new TreeSet<>();
		context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping -> mapping
			.getHandlerMethods()
			.keySet()
			.forEach(info -> {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (methods.isEmpty()) {
						routes.add("GET " + pattern);
					}
					methods.forEach(m -> routes.add(m.name() + " " + pattern));
				}
			}));
		return routes;
	}

	private static String concrete(String pattern) {
		return pattern.replaceAll("\\{\\*[^}]+}", "liveness").replace("**", "liveness").replaceAll("\\{[^}]+}", "999999");
	}

	private static Map<String, Set<String>> expectedTable() throws IOException {
		var lines = new ClassPathResource("route-access.txt").getContentAsString(StandardCharsets.UTF_8).lines();
		Map<String, Set<String>> table = new LinkedHashMap<>();
		lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(line -> {
			String[] parts = line.split("\\s+");
			table.put(parts[0] + " " + parts[1], who(parts[2]));
		});
		return table;
	}

	private static Set<String> who(String spec) {
		return switch (spec) {
			case "PUBLIC" -> new LinkedHashSet<>(PERSONAS);
			case "SIGNED_IN" -> new LinkedHashSet<>(PERSONAS.subList(1, PERSONAS.size()));
			case "MEMBERS" -> new LinkedHashSet<>(PERSONAS.subList(2, PERSONAS.size()));
			case "MANAGERS" -> Set.of("COMMUNITY_MANAGER", "ADMIN");
			default -> Set.of(spec.split(","));
		};
	}
}
