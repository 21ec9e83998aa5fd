package org.bigsociety.participation.petitions.web;

import java.lang.reflect.Method;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.ConversionServiceExposingInterceptor;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Finds the handler for the signing post ({@code POST /petitions/{id}/sign}) before Spring MVC's main mapping does.
 * The main mapping tries every one of the platform's few hundred URL patterns against each request whose path is not
 * a fixed string; in the surge profile (bench/petitions) that search was a sixth of the application's CPU. This is
 * the same Spring MVC mapping (same path parser, content negotiation and interceptors, the same attributes set on the
 * request), holding only {@link SigningController}'s post, so its search is one pattern; any other request, including
 * the form itself ({@code GET}), falls through to the main mapping. {@code SigningMappingTests} checks it answers what
 * the main mapping answers.
 */
@Component
class SigningMapping implements HandlerMapping, Ordered, SmartInitializingSingleton {

	private final Lane lane = new Lane();
	private final ApplicationContext context;
	private final RequestMappingHandlerMapping main;
	private volatile boolean ready;

	SigningMapping(ApplicationContext context,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping main,
			@Qualifier("mvcConversionService") ConversionService conversionService,
			@Qualifier("mvcResourceUrlProvider") ResourceUrlProvider resourceUrlProvider) {
		this.context = context;
		this.main = main;
		// The interceptors WebMvcConfigurationSupport gives the main mapping (the application adds none of its own).
		lane.setInterceptors(new ConversionServiceExposingInterceptor(conversionService),
				new ResourceUrlProviderExposingInterceptor(resourceUrlProvider));
	}

	@Override
	public void afterSingletonsInstantiated() {
		lane.setPatternParser(main.getPatternParser());
		lane.setContentNegotiationManager(main.getContentNegotiationManager());
		lane.setApplicationContext(context);
		lane.afterPropertiesSet();
		ready = true;
	}

	@Override
	public HandlerExecutionChain getHandler(HttpServletRequest request) throws Exception {
		if (!ready || !"POST".equals(request.getMethod())) {
			return null;
		}
		return lane.getHandler(request);
	}

	@Override
	public boolean usesPathPatterns() {
		return true;
	}

	@Override
	public int getOrder() {
		return -1; // before the main mapping (0)
	}

	/** The one mapping: SigningController's post. Finds nothing (never "method not allowed") for anything else. */
	private static final class Lane extends RequestMappingHandlerMapping {

		@Override
		protected boolean isHandler(Class<?> beanType) {
			return SigningController.class.isAssignableFrom(beanType);
		}

		@Override
		protected RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
			return method.isAnnotationPresent(PostMapping.class) && method.getName().equals("sign")
					? super.getMappingForMethod(method, handlerType) : null;
		}

		@Override
		protected HandlerMethod handleNoMatch(Set<RequestMappingInfo> infos, String lookupPath,
				HttpServletRequest request) {
			return null;
		}
	}
}
