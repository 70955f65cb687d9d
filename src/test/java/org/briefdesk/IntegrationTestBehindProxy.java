package org.briefdesk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link IntegrationTest}, but the application reaches the test database through {@link
 * DatabaseBehindProxy#proxy()}, which a test can cut and restore.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = DatabaseBehindProxy.Initializer.class)
public @interface IntegrationTestBehindProxy {}
