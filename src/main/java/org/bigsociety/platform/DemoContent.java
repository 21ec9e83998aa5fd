package org.bigsociety.platform;

/**
 * Demo content a module loads once, on first start, when {@code bigsociety.demo.enabled} is true (the default on the
 * embedded database). Each piece is loaded at most once per database, in {@link #order()}, each in its own
 * transaction.
 */
public interface DemoContent {

	/** A stable name, recorded so the content is never loaded twice. */
	String name();

	/** Lower loads first: places before people, people before what they do. */
	int order();

	void load();
}
