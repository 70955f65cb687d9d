package org.briefdesk.live;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/** A bean for a node of a cluster: {@code briefdesk.cluster.redis-url} names the Redis the nodes share. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnExpression("!'${briefdesk.cluster.redis-url:}'.isBlank()")
public @interface OnCluster {}
