package org.bigsociety.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * One module's endpoints and who may use each. Each module adds its own class implementing this in this package
 * (say {@code TimebankEndpoints}); {@link AccessTests} finds them all, so modules never edit one shared list.
 */
interface ModuleEndpoints {

	List<Endpoint> endpoints();

	/** Who is asking: nobody signed in, or one of the demo sign-ins (password {@code demo-password}). */
	enum Visitor {
		ANONYMOUS(null), RESIDENT("resident"), ORGANISER("organiser"), BROKER("broker"), GROUP_ADMIN("groupadmin"),
		OFFICER("officer"), MODERATOR("moderator"), ADMINISTRATOR("admin");

		final String email;

		Visitor(String name) {
			this.email = name == null ? null : name + "@demo.bigsociety.org.uk";
		}
	}

	/**
	 * Who may use an endpoint. The demo's area roles are held in Hackney, and the administrator holds every role
	 * everywhere, so the role-only kinds allow the administrator too. An endpoint about one thing (a time bank, a
	 * group) should use an example that the demo role holder may act on.
	 */
	enum Access {
		/** Everyone, signed in or not. */
		PUBLIC(EnumSet.allOf(Visitor.class)),
		/** Only visitors who are not signed in would use it (sign-in and registration pages); open to all. */
		OPEN_FORM(EnumSet.allOf(Visitor.class)),
		/** Only people signed in (pages send others to sign in; the API answers 401). */
		SIGNED_IN(EnumSet.complementOf(EnumSet.of(Visitor.ANONYMOUS))),
		/** Only administrators (others get 403). */
		ADMINISTRATOR(EnumSet.of(Visitor.ADMINISTRATOR)),
		/** Community organisers (and administrators). */
		ORGANISER(EnumSet.of(Visitor.ORGANISER, Visitor.ADMINISTRATOR)),
		/** Time brokers (and administrators). */
		BROKER(EnumSet.of(Visitor.BROKER, Visitor.ADMINISTRATOR)),
		/** Group administrators (and administrators). */
		GROUP_ADMIN(EnumSet.of(Visitor.GROUP_ADMIN, Visitor.ADMINISTRATOR)),
		/** Council officers (and administrators). */
		OFFICER(EnumSet.of(Visitor.OFFICER, Visitor.ADMINISTRATOR)),
		/** Moderators (and administrators). */
		MODERATOR(EnumSet.of(Visitor.MODERATOR, Visitor.ADMINISTRATOR)),
		/** Those who run events and opportunities: community organisers and group administrators (and administrators). */
		ORGANISER_OR_GROUP_ADMIN(EnumSet.of(Visitor.ORGANISER, Visitor.GROUP_ADMIN, Visitor.ADMINISTRATOR));

		private final Set<Visitor> allowed;

		Access(Set<Visitor> allowed) {
			this.allowed = allowed;
		}

		boolean allows(Visitor visitor) {
			return allowed.contains(visitor);
		}
	}

	/**
	 * @param pattern the mapping as Spring knows it
	 * @param example a concrete address to call (for GET) or post to (for POST)
	 */
	record Endpoint(RequestMethod method, String pattern, String example, Access access) {

		String key() {
			return method + " " + pattern;
		}
	}

	static Endpoint get_(String pattern, String example, Access access) {
		return new Endpoint(RequestMethod.GET, pattern, example, access);
	}

	static Endpoint get_(String pattern, Access access) {
		return get_(pattern, pattern, access);
	}

	static Endpoint post_(String pattern, String example, Access access) {
		return new Endpoint(RequestMethod.POST, pattern, example, access);
	}

	/** Every module's endpoints, from every class in this package that implements this interface. */
	static List<Endpoint> all() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(ModuleEndpoints.class));
		List<BeanDefinition> found = new ArrayList<>(scanner.findCandidateComponents(ModuleEndpoints.class.getPackageName()));
		found.sort(Comparator.comparing(BeanDefinition::getBeanClassName));
		List<Endpoint> endpoints = new ArrayList<>();
		for (BeanDefinition definition : found) {
			try {
				Class<?> type = Class.forName(definition.getBeanClassName());
				var constructor = type.getDeclaredConstructor();
				constructor.setAccessible(true);
				endpoints.addAll(((ModuleEndpoints) constructor.newInstance()).endpoints());
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException("Cannot read the endpoints of " + definition.getBeanClassName(), e);
			}
		}
		return List.copyOf(endpoints);
	}
}
