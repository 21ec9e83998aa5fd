package org.bigsociety.platform;

/**
 * A link in the header navigation. Each module declares its own as a bean; {@code order} sorts them.
 *
 * @param path the module's root path, such as {@code /timebanks}
 * @param messageKey the message bundle key of the link text
 * @param order lower comes first
 */
public record NavigationItem(String path, String messageKey, int order) {

	public NavigationItem {
		if (path == null || !path.startsWith("/")) {
			throw new IllegalArgumentException("A navigation path must start with /");
		}
		if (messageKey == null || messageKey.isBlank()) {
			throw new IllegalArgumentException("A navigation item needs a message key");
		}
	}
}
