package org.bigsociety.journeys;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import org.bigsociety.platform.RateLimits;

/**
 * Gives each journey its visitors, each in a fresh browser context on the one shared Chromium, pointed at the
 * application's random port; at the end checks the last page each visitor saw, photographs it if the journey failed,
 * and closes their contexts. Every journey starts with fresh rate limits: in the browser all its people come from one
 * address, where in life each would have their own, and the journeys of every module share one application.
 */
final class JourneyExtension implements ExecutionCondition, ParameterResolver, BeforeEachCallback, AfterEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(JourneyExtension.class);

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return Chromium.installed() ? ConditionEvaluationResult.enabled("Chromium is at " + Chromium.EXECUTABLE)
				: ConditionEvaluationResult.disabled("Browser journeys skipped: no Chromium at " + Chromium.EXECUTABLE
						+ ". Install it (apt-get install chromium) or set CHROMIUM_PATH to run them.");
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		SpringExtension.getApplicationContext(context).getBean(RateLimits.class).reset();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Visitor.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		boolean javaScript = !parameter.isAnnotated(WithoutJavaScript.class);
		Browser browser = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Chromium.class).browser();
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
		BrowserContext browserContext = browser.newContext(new Browser.NewContextOptions()
			.setBaseURL("http://localhost:" + port)
			.setJavaScriptEnabled(javaScript)
			.setLocale("en-GB")
			.setTimezoneId("Europe/London")
			.setViewportSize(1280, 900));
		Visitor visitor = new Visitor(parameter.getParameter().getName(), browserContext, javaScript, screenshots(context));
		visitors(context).add(visitor);
		return visitor;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		List<Visitor> visitors = visitors(context);
		boolean failed = context.getExecutionException().isPresent();
		AssertionError lastPageProblem = null;
		for (Visitor visitor : visitors) {
			try {
				if (!failed) {
					visitor.checkPendingPage();
				}
			}
			catch (AssertionError problem) {
				lastPageProblem = problem;
				failed = true;
			}
		}
		try {
			if (failed) {
				for (Visitor visitor : visitors) {
					String suffix = visitors.size() == 1 ? "" : "-" + visitor.name();
					visitor.photographFailure(Visitor.Screenshots.ROOT.resolve(testName(context) + suffix + ".png"));
				}
			}
		}
		finally {
			visitors.forEach(Visitor::leave);
		}
		if (lastPageProblem != null) {
			throw lastPageProblem;
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Visitor> visitors(ExtensionContext context) {
		return context.getStore(NAMESPACE).computeIfAbsent("visitors", key -> new ArrayList<Visitor>(), List.class);
	}

	private static Visitor.Screenshots screenshots(ExtensionContext context) {
		return context.getStore(NAMESPACE)
			.computeIfAbsent("screenshots", key -> new Visitor.Screenshots(testName(context)), Visitor.Screenshots.class);
	}

	private static String testName(ExtensionContext context) {
		return context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
	}
}
