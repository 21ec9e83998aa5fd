package org.bigsociety.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * Turns a personal access token from an {@code Authorization: Bearer} header into the signed-in person it belongs to.
 * The people module provides it; an empty answer means unknown, expired or revoked, and the API answers 401.
 */
public interface BearerTokens {

	Optional<Authentication> authenticate(String token);
}
