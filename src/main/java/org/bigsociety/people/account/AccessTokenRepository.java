package org.bigsociety.people.account;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Where personal access tokens are kept. The bearer look-up on every API call is plain SQL in {@link AccessTokens}. */
interface AccessTokenRepository extends ListCrudRepository<AccessToken, Long> {

	List<AccessToken> findByPersonId(long personId);
}
