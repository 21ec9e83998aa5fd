package org.bigsociety.platform;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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

	/** Whether the current request is in this item's part of the site (Thymeleaf 3.1 templates cannot see #request). */
	public boolean active(NavigationItem item) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return false;
		}
		String path = attributes.getRequest().getRequestURI();
		return item.covers(path);
	}
}
