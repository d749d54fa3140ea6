package org.idic.crm.app.access;

import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.BeanUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The request parameters each POST endpoint reads, taken from its handler method (its
 * {@code @RequestParam}s and the writable properties of its {@code @ModelAttribute} forms, one level into
 * list elements as {@code lines[0].quantity}), so that a field added to a form is probed without anyone
 * listing it.
 */
final class FormFields {

    private FormFields() {
    }

    static Map<String, Set<String>> ofPostEndpoints(ApplicationContext context) {
        Map<String, Set<String>> fields = new java.util.TreeMap<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mapping.getHandlerMethods().entrySet()) {
                boolean post = handler.getKey().getMethodsCondition().getMethods().stream()
                        .anyMatch(m -> m.name().equals("POST"));
                if (!post) {
                    continue;
                }
                Set<String> names = names(handler.getValue());
                handler.getKey().getPatternValues().forEach(p -> fields.put("POST " + p, names));
            }
        }
        return fields;
    }

    private static Set<String> names(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                names.add(name);
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
                properties(parameter.getParameterType(), "", names, 0);
            }
        }
        return names;
    }

    private static void properties(Class<?> type, String prefix, Set<String> names, int depth) {
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getWriteMethod() == null) {
                continue;
            }
            Class<?> propertyType = property.getPropertyType();
            if (Collection.class.isAssignableFrom(propertyType) && depth == 0
                    && property.getWriteMethod().getGenericParameterTypes()[0] instanceof ParameterizedType generic
                    && generic.getActualTypeArguments()[0] instanceof Class<?> element
                    && !BeanUtils.isSimpleValueType(element)) {
                properties(element, prefix + property.getName() + "[0].", names, depth + 1);
            } else if (Map.class.isAssignableFrom(propertyType)) {
                continue; // the settings' values[...] map: its keys come from AdminForms
            } else {
                names.add(prefix + property.getName());
            }
        }
    }
}
