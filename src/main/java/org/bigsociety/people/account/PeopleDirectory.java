package org.bigsociety.people.account;

import java.util.List;
import java.util.Optional;

import org.bigsociety.people.OnlineInvitation;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.PersonSummary;
import org.bigsociety.people.Residence;
import org.bigsociety.people.VerificationLevel;
import org.bigsociety.people.verification.ResidenceVerifications;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.Postcode;
import org.bigsociety.platform.Mail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** The {@link People} facade other modules use. */
@Service
class PeopleDirectory implements People {

	private final Accounts accounts;
	private final RoleGrants grants;
	private final Neighbourhoods neighbourhoods;
	private final Mail mail;
	private final OfflineEnrolment offline;
	private final ResidenceVerifications verifications;

	PeopleDirectory(Accounts accounts, RoleGrants grants, Neighbourhoods neighbourhoods, Mail mail,
			OfflineEnrolment offline, ResidenceVerifications verifications) {
		this.offline = offline;
		this.verifications = verifications;
		this.accounts = accounts;
		this.grants = grants;
		this.neighbourhoods = neighbourhoods;
		this.mail = mail;
	}

	@Override
	public boolean sendMail(PersonId person, String subject, String body) {
		Optional<Account> account = accounts.find(person).filter(a -> a.confirmed() && !a.deleted() && a.email() != null);
		account.ifPresent(a -> mail.send(new Mail.Message(a.email(), subject, body)));
		return account.isPresent();
	}

	@Override
	public List<PersonId> livingIn(AreaId area, int limit) {
		if (limit < 1) {
			return List.of();
		}
		return accounts.livingIn(neighbourhoods.areaAndDescendants(area.value()), limit);
	}

	@Override
	public Optional<PersonSummary> find(PersonId id) {
		return accounts.find(id).filter(account -> !account.deleted()).map(PeopleDirectory::summary);
	}

	@Override
	public Optional<Residence> residence(PersonId person) {
		return accounts.find(person).filter(account -> !account.deleted())
				.map(account -> account.areaId() == null
						? new Residence(account.id(), null, VerificationLevel.NONE, account.confirmed())
						: new Residence(account.id(), new AreaId(account.areaId()),
								verifications.levelAt(account.id(), account.postcode()), account.confirmed()));
	}

	static PersonSummary summary(Account account) {
		return new PersonSummary(account.id(),
				account.namePublic() ? account.displayName() : "Neighbour " + account.id().value(),
				account.areaId() == null ? null : new AreaId(account.areaId()), account.neighbourhoodPublic(),
				account.skillsPublic() ? account.skills() : List.of(), account.bioPublic() ? account.bio() : null);
	}

	@Override
	public Optional<PersonId> currentPerson() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof PersonPrincipal person) {
			return Optional.of(person.personId());
		}
		return Optional.empty();
	}

	/** Every confirmed account is a resident of the platform and of the areas its postcode is in. */
	private boolean residentIn(PersonId person, RoleScope scope) {
		Optional<Account> account = accounts.find(person).filter(a -> a.confirmed() && !a.deleted());
		if (account.isEmpty()) {
			return false;
		}
		if (scope.type() == RoleScope.Type.PLATFORM) {
			return true;
		}
		Long area = account.get().areaId();
		return scope.type() == RoleScope.Type.AREA && area != null
				&& neighbourhoods.areaAndAncestors(area).contains(scope.id());
	}

	@Override
	public boolean holds(PersonId person, Role role, RoleScope scope) {
		List<Grant> held = grants.of(person);
		if (held.isEmpty() && role != Role.RESIDENT) {
			return false;
		}
		if (held.stream().anyMatch(g -> g.role() == Role.ADMINISTRATOR && g.scope().type() == RoleScope.Type.PLATFORM)) {
			return true;
		}
		if (role == Role.RESIDENT && residentIn(person, scope)) {
			return true;
		}
		List<Long> containing = scope.type() == RoleScope.Type.AREA ? neighbourhoods.areaAndAncestors(scope.id())
				: List.of();
		return held.stream()
			.filter(g -> g.role() == role)
			.anyMatch(g -> g.scope().type() == RoleScope.Type.PLATFORM || g.scope().equals(scope)
					|| (g.scope().type() == RoleScope.Type.AREA && containing.contains(g.scope().id())));
	}

	@Override
	public PersonId enrolOffline(String displayName, Postcode postcode, String phone, PersonId recordedBy) {
		return offline.enrol(displayName, postcode, phone, recordedBy);
	}

	@Override
	public OnlineInvitation inviteOnline(PersonId person, String email, PersonId invitedBy) {
		return offline.inviteOnline(person, email, invitedBy);
	}
}
