package org.bigsociety.place;

/** The id of an area: the key almost every row in the platform carries, and the one it would shard on. */
public record AreaId(long value) {

	public AreaId {
		if (value <= 0) {
			throw new IllegalArgumentException("An area id is a positive number");
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
