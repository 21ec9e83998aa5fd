package org.bigsociety.place;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class CoordinatesTests {

	@Test
	void measuresAKnownDistanceWithinAFewMetres() {
		// One minute of arc along a meridian is one nautical mile on a sphere of the mean radius: about 1853.3 m.
		Coordinates a = new Coordinates(51.0, -0.1);
		Coordinates b = new Coordinates(51.0 + 1.0 / 60, -0.1);
		assertThat(a.metresTo(b)).isCloseTo(1853L, within(3L));
	}

	@Test
	void isSymmetricAndZeroToItself() {
		Coordinates a = new Coordinates(51.5471, -0.0609);
		Coordinates b = new Coordinates(51.5646, -0.0980);
		assertThat(a.metresTo(b)).isEqualTo(b.metresTo(a));
		assertThat(a.metresTo(a)).isZero();
	}

	@Test
	void refusesPointsOffTheGlobe() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Coordinates(91, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new Coordinates(0, -181));
		assertThatIllegalArgumentException().isThrownBy(() -> new Coordinates(Double.NaN, 0));
	}
}
