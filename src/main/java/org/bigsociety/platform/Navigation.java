package org.bigsociety.platform;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/** The header navigation, assembled from every module's {@link NavigationItem}. */
@Component("navigation")
public class Navigation {

	private final List<NavigationItem> items;

	Navigation(List<NavigationItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	public List<NavigationItem> items() {
		return items;
	}
}
