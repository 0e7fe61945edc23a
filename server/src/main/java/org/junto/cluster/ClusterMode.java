package org.junto.cluster;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether this node is one of a cluster: it is when {@code junto.redis-url} has a value. Beans that exist in one mode
 * only carry {@code @Conditional(ClusterMode.On.class)} or {@code @Conditional(ClusterMode.Off.class)}, so exactly one
 * of each pair is created. ({@code @ConditionalOnProperty} would not do: the property is always present, empty by
 * default, and an empty value counts as set.)
 */
public final class ClusterMode {
    public static final String REDIS_URL = "junto.redis-url";

    private ClusterMode() {}

    public static boolean isOn(Environment environment) {
        return StringUtils.hasText(environment.getProperty(REDIS_URL));
    }

    /** Matches when Redis is configured. */
    public static final class On implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isOn(context.getEnvironment());
        }
    }

    /** Matches when Redis is not configured: a single embedded node. */
    public static final class Off implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !isOn(context.getEnvironment());
        }
    }
}
