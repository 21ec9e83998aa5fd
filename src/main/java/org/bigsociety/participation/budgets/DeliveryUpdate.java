package org.bigsociety.participation.budgets;

import java.time.Instant;

/** A public note on how a funded project's delivery is going. */
public record DeliveryUpdate(long projectId, DeliveryStatus status, String note, Instant postedAt) {
}
