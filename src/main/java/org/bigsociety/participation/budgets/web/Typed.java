package org.bigsociety.participation.budgets.web;

/** Whole numbers as people type them into a form: anything else is no number, which the form then reports. */
final class Typed {

	private Typed() {
	}

	static Integer number(String typed) {
		if (typed == null || !typed.trim().matches("[0-9]{1,9}")) {
			return null;
		}
		return Integer.valueOf(typed.trim());
	}
}
