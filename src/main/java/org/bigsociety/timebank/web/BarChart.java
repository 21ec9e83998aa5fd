package org.bigsociety.timebank.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out on the server, for an SVG drawn by the template (no script): each bar's position and size in
 * the SVG's own units. The same figures go in a table beside it.
 */
record BarChart(String id, int width, int height, List<Bar> bars, long most) {

	/** One bar: its label under it, the figure shown above it, and where it sits. */
	record Bar(String label, String shown, long value, int x, int y, int barWidth, int barHeight, int labelX) {
	}

	static final int WIDTH = 640;
	static final int HEIGHT = 260;
	static final int TOP = 24;
	static final int BOTTOM = 40;

	record Figure(String label, String shown, long value) {
	}

	static BarChart of(String id, List<Figure> figures) {
		long most = figures.stream().mapToLong(Figure::value).max().orElse(0);
		int slots = Math.max(1, figures.size());
		int slot = WIDTH / slots;
		int barWidth = Math.max(4, slot * 3 / 5);
		int plot = HEIGHT - TOP - BOTTOM;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < figures.size(); i++) {
			Figure figure = figures.get(i);
			int barHeight = most == 0 ? 0 : (int) Math.round((double) figure.value() * plot / most);
			if (figure.value() > 0 && barHeight == 0) {
				barHeight = 1;
			}
			int x = i * slot + (slot - barWidth) / 2;
			bars.add(new Bar(figure.label(), figure.shown(), figure.value(), x, TOP + plot - barHeight, barWidth,
					barHeight, i * slot + slot / 2));
		}
		return new BarChart(id, WIDTH, HEIGHT, bars, most);
	}

	public int baseline() {
		return HEIGHT - BOTTOM;
	}
}
