package org.junto.api.junto;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

/** Puts each handler's {@link Params} into its OpenAPI operation: query parameters, or a JSON or form body. */
@Component
class ParamsDocumentation implements OperationCustomizer {
    private static final List<Params.Param> PAGING = List.of(
            param("max_id", "string", "Return results older than this id"),
            param("since_id", "string", "Return results newer than this id"),
            param("min_id", "string", "Return results immediately newer than this id"),
            param("limit", "integer", "Maximum number of results"));

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Params params = handler.getMethodAnnotation(Params.class);
        if (params == null) {
            return operation;
        }
        boolean inQuery =
                handler.hasMethodAnnotation(GetMapping.class) || handler.hasMethodAnnotation(DeleteMapping.class);
        if (params.paged()) {
            PAGING.forEach(p -> operation.addParametersItem(query(p)));
        }
        if (inQuery) {
            for (Params.Param p : params.value()) {
                operation.addParametersItem(query(p));
            }
        } else if (params.value().length > 0) {
            ObjectSchema body = new ObjectSchema();
            for (Params.Param p : params.value()) {
                body.addProperty(p.name(), schema(p));
                if (p.required()) {
                    body.addRequiredItem(p.name());
                }
            }
            operation.requestBody(new RequestBody()
                    .description("As JSON, as a form, or as query parameters")
                    .content(new Content()
                            .addMediaType("application/json", new MediaType().schema(body))
                            .addMediaType("application/x-www-form-urlencoded", new MediaType().schema(body))));
        }
        return operation;
    }

    private static QueryParameter query(Params.Param p) {
        QueryParameter parameter = new QueryParameter();
        parameter
                .name(p.name())
                .description(p.description())
                .required(p.required())
                .schema(schema(p));
        return parameter;
    }

    private static Schema<?> schema(Params.Param p) {
        Schema<?> schema = switch (p.type()) {
            case "integer" -> new IntegerSchema();
            case "boolean" -> new BooleanSchema();
            case "array" -> new ArraySchema().items(new StringSchema());
            default -> new StringSchema();
        };
        return schema.description(p.description());
    }

    private static Params.Param param(String name, String type, String description) {
        return new Params.Param() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String type() {
                return type;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public boolean required() {
                return false;
            }

            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return Params.Param.class;
            }
        };
    }
}
