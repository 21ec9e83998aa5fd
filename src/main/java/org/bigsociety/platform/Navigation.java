package org.bigsociety.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

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

	/** The longest path a sign-in returns to; anything longer returns to the account page instead. */
	static final int MAX_RETURN_PATH = 500;

	/** Pages about signing in itself, which a sign-in never returns to. */
	private static final List<String> NOT_RETURNED_TO = List.of("/sign-in", "/sign-out", "/register", "/password");

	/**
	 * The sign-in link for a "Sign in to comment" on the current page, with the context path (templates use the
	 * fragment {@code fragments/sign-in :: link(text)}): after signing in, the person comes back to the page. The header's "Sign
	 * in" goes to the account page, as people expect of it. Only pages read with GET are returned to (a form's answer cannot
	 * be asked for again), and never the pages about signing in.
	 */
	public String signInHref() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return "/sign-in";
		}
		HttpServletRequest request = attributes.getRequest();
		String signIn = request.getContextPath() + "/sign-in";
		if (!"GET".equals(request.getMethod())) {
			return signIn;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String here = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
		return returnPath(here).map(safe -> signIn + "?continue=" + URLEncoder.encode(safe, StandardCharsets.UTF_8))
			.orElse(signIn);
	}

	/**
	 * The page a sign-in may send a person back to: a path on this site (such as {@code /petitions/3?page=2}), never
	 * another site ({@code //example.com}, {@code https://…}, {@code /\example.com}), nor the pages about signing in
	 * (sign-in, sign-out, registration, password reset), nor anything with control characters or longer than
	 * {@value #MAX_RETURN_PATH} characters.
	 */
	public static Optional<String> returnPath(String candidate) {
		if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_RETURN_PATH
				|| candidate.charAt(0) != '/' || candidate.startsWith("//") || candidate.indexOf('\\') >= 0
				|| candidate.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
			return Optional.empty();
		}
		URI uri;
		try {
			uri = new URI(candidate);
		}
		catch (URISyntaxException notAPath) {
			return Optional.empty();
		}
		if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
			return Optional.empty();
		}
		String path = uri.getRawPath();
		for (String account : NOT_RETURNED_TO) {
			if (path.equals(account) || path.startsWith(account + "/")) {
				return Optional.empty();
			}
		}
		return Optional.of(candidate);
	}
}
