package org.briefdesk;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its own security-context strategy globally each time an application context
 * starts. With several cached test contexts in one JVM the global holder would point at the last
 * one started, while method security and the browserless views of the context under test use
 * theirs. Before each test this puts the current context's strategy back in the global holder.
 */
public class SecurityStrategyTestExecutionListener implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        // Before Spring Security's WithSecurityContextTestExecutionListener (10000) and the
        // browserless set-up that runs in the test instance's @BeforeEach methods.
        return 900;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext.getApplicationContext());
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext.getApplicationContext());
    }

    private static void useStrategyOf(ApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
