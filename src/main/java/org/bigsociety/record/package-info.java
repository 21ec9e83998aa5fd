/**
 * The public record: an append-only, hash-chained log of every decision and every movement of money or time, which
 * anyone can read at {@code /record} and {@code /api/v1/record} and check at {@code /api/v1/record/verify}. A module
 * puts a fact on it by publishing, inside the transaction that made the decision, an event record that implements
 * {@link PublicFact}, such as {@code record GroupFormed(AreaId area, long groupId, String name) implements PublicFact}
 * with kind {@code group.formed} and reference {@code group/42/formed}. The record appends it after that transaction
 * commits (never if it rolls back), once per reference, and refuses a summary holding an email address or a phone
 * number. How to write a fact, and the canonical form the hashes cover: {@code docs/public-record.md}.
 */
package org.bigsociety.record;
