package org.bigsociety.action.organisers;

/** The modules of a community organiser's training, in the order they are usually taken; each is named in the bundle. */
public enum TrainingModule {
	FOUNDATION, LISTENING, MAPPING, POWER, ACTION, MEETINGS, SAFEGUARDING;

	public String messageKey() {
		return "action.training.module." + name();
	}
}
