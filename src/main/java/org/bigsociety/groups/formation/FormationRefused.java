package org.bigsociety.groups.formation;

/** A step in forming a group that its stage does not allow; {@link #reason()} is a message key saying why. */
public class FormationRefused extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final String reason;

	FormationRefused(String reason) {
		super(reason);
		this.reason = reason;
	}

	public String reason() {
		return reason;
	}
}
