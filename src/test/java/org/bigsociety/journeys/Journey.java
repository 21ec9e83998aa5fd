package org.bigsociety.journeys;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.bigsociety.IntegrationTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * End-to-end journeys in a real browser against the real application: test methods take one {@link Visitor} per
 * person in the story (each with their own browser context), and every page they visit must pass axe-core.
 * Classes are named {@code *Journey} so that failsafe runs them in {@code ./mvnw verify}. Skipped, not failed, where
 * Chromium is not installed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
@ExtendWith(JourneyExtension.class)
@interface Journey {
}
