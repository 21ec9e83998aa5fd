/**
 * Groups: organisations of every legal form, forming a new group, membership and officers, and the directory of
 * local groups and services published as Open Referral UK under {@code /openreferral/}. Other modules refer to an
 * organisation by its {@link OrganisationId}. This module depends on place, people, record and platform only, so that
 * every other module may depend on it.
 */
package org.bigsociety.groups;
