package org.bigsociety.platform;

import java.util.List;

/**
 * A link in the header navigation. Each module declares its own as a bean; {@code order} sorts them.
 *
 * @param path the module's root path, such as {@code /timebanks}
 * @param messageKey the message bundle key of the link text
 * @param order lower comes first
 * @param sections other root paths the link stands for, so it shows as current there too (a hub page's parts)
 */
public record NavigationItem(String path, String messageKey, int order, List<String> sections) {

	public NavigationItem(String path, String messageKey, int order) {
		this(path, messageKey, order, List.of());
	}

	public NavigationItem {
		sections = List.copyOf(sections);
		if (path == null || !path.startsWith("/")) {
			throw new IllegalArgumentException("A navigation path must start with /");
		}
		if (messageKey == null || messageKey.isBlank()) {
			throw new IllegalArgumentException("A navigation item needs a message key");
		}
	}

	/** Whether a request for {@code requestPath} is in this link's part of the site. */
	public boolean covers(String requestPath) {
		return under(requestPath, path) || sections.stream().anyMatch(section -> under(requestPath, section));
	}

	private static boolean under(String requestPath, String root) {
		return requestPath.equals(root) || requestPath.startsWith(root + "/") || requestPath.startsWith(root + ".");
	}
}
