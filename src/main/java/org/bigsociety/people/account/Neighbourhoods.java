package org.bigsociety.people.account;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.bigsociety.people.RoleScope;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.AreaType;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Where people live, through the place module when it is there. Everything here tolerates its absence or an unknown
 * postcode: an account without an area is still an account.
 */
@Component
public class Neighbourhoods {

	private final ObjectProvider<Places> places;

	Neighbourhoods(ObjectProvider<Places> places) {
		this.places = places;
	}

	/** The smallest area the postcode is in, if the platform knows it. */
	Long areaOf(String postcode) {
		Places known = places.getIfAvailable();
		if (known == null || postcode == null) {
			return null;
		}
		try {
			return known.locate(Postcode.parse(postcode)).map(doorstep -> doorstep.smallest().id().value()).orElse(null);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A label such as "Hackney Central, Hackney", or the postcode when the area is not known. */
	public String describe(Long areaId, String postcode) {
		Places known = places.getIfAvailable();
		if (known != null && areaId != null) {
			List<Area> chain = known.chain(new AreaId(areaId));
			if (!chain.isEmpty()) {
				Area smallest = chain.get(chain.size() - 1);
				Optional<Area> authority = chain.stream().filter(a -> a.type() == AreaType.LOCAL_AUTHORITY).findFirst();
				return authority.filter(a -> !a.id().equals(smallest.id()))
					.map(a -> smallest.name() + ", " + a.name())
					.orElse(smallest.name());
			}
		}
		return postcode == null ? "" : postcode;
	}

	/** A real area given as its number or its GSS code (such as E09000012); empty if there is no such area. */
	public Optional<Long> area(String typed) {
		Places known = places.getIfAvailable();
		String value = typed == null ? "" : typed.trim();
		if (known == null || value.isEmpty()) {
			return Optional.empty();
		}
		try {
			if (value.chars().allMatch(Character::isDigit)) {
				return known.area(new AreaId(Long.parseLong(value))).map(a -> a.id().value());
			}
			return known.byGssCode(new GssCode(value)).map(a -> a.id().value());
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** How a role's scope reads to a person: the area's name, or the organisation's number; blank for the platform. */
	public String scopeName(RoleScope scope) {
		if (scope.type() == RoleScope.Type.AREA) {
			Places known = places.getIfAvailable();
			return Optional.ofNullable(known).flatMap(p -> p.area(new AreaId(scope.id()))).map(Area::name)
				.orElse(Long.toString(scope.id()));
		}
		return scope.id() == null ? "" : Long.toString(scope.id());
	}

	/** Every area containing this one (including itself), for "granted for an area that contains it". */
	List<Long> areaAndAncestors(long areaId) {
		Places known = places.getIfAvailable();
		if (known == null) {
			return List.of(areaId);
		}
		List<Long> ids = known.chain(new AreaId(areaId)).stream().map(a -> a.id().value()).toList();
		return ids.isEmpty() ? List.of(areaId) : ids;
	}

	/** The area and every area inside it, however deep. */
	List<Long> areaAndDescendants(long areaId) {
		Places known = places.getIfAvailable();
		List<Long> ids = new ArrayList<>();
		Deque<Long> next = new ArrayDeque<>(List.of(areaId));
		while (!next.isEmpty()) {
			long id = next.pop();
			ids.add(id);
			if (known != null) {
				known.children(new AreaId(id)).forEach(child -> next.push(child.id().value()));
			}
		}
		return ids;
	}

	Optional<AreaId> byGssCode(String code) {
		Places known = places.getIfAvailable();
		return known == null ? Optional.empty() : known.byGssCode(new GssCode(code)).map(Area::id);
	}
}
