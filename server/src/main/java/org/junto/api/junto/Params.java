package org.junto.api.junto;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The request parameters a handler reads through {@code ApiParams}, for the OpenAPI document (springdoc cannot see
 * them: {@code ApiParams} reads the query, a form or a JSON body alike). {@link ParamsDocumentation} describes them as
 * query parameters on reads and deletes, and as a JSON or form body on the other writes; {@code paged} adds Mastodon's
 * {@code max_id}, {@code since_id}, {@code min_id} and {@code limit}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Params {
    Param[] value() default {};

    boolean paged() default false;

    /** One parameter: its name, JSON type ({@code string}, {@code integer}, {@code boolean}, {@code array}). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Param {
        String name();

        String type() default "string";

        String description();

        boolean required() default false;
    }
}
