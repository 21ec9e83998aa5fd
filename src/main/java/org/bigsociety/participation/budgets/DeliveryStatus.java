package org.bigsociety.participation.budgets;

/** Where a funded project's delivery stands. */
public enum DeliveryStatus {
	NOT_STARTED, IN_PROGRESS, DELAYED, DELIVERED
}
