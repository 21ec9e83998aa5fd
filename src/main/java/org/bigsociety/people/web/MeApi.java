package org.bigsociety.people.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.bigsociety.people.account.PersonPrincipal;
import org.bigsociety.people.account.RoleGrants;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the caller is, and the roles they hold. */
@RestController
class MeApi {

	record Me(long id, String displayName, List<HeldRole> roles) {
	}

	record HeldRole(String role, String scopeType, Long scopeId) {
	}

	private final RoleGrants grants;

	MeApi(RoleGrants grants) {
		this.grants = grants;
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The signed-in person", description = "Needs a session or 'Authorization: Bearer <token>'.")
	Me me(@AuthenticationPrincipal PersonPrincipal me) {
		return new Me(me.personId().value(), me.displayName(), grants.of(me.personId())
			.stream()
			.map(g -> new HeldRole(g.role().name(), g.scope().type().name(), g.scope().id()))
			.toList());
	}
}
