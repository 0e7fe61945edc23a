package org.junto.api.mastodon;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** Lets API handlers take {@link ApiParams}. */
@Configuration(proxyBeanMethods = false)
class ApiParamsResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {
    private final JsonMapper json;

    ApiParamsResolver(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ApiParams.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request, WebDataBinderFactory f) {
        return ApiParams.of(request.getNativeRequest(HttpServletRequest.class), json);
    }
}
