package nl.pendel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/** Every view and error view the application registers, found on the class path. */
public final class ApplicationRoutes {

    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z0-9_]+)[^/]*");

    private ApplicationRoutes() {}

    /** The classes annotated with {@code @Route}. */
    @SuppressWarnings("unchecked")
    public static Set<Class<? extends Component>> views() {
        Set<Class<? extends Component>> views = new LinkedHashSet<>();
        for (Class<?> type : scan(new AnnotationTypeFilter(Route.class))) {
            views.add((Class<? extends Component>) type);
        }
        return views;
    }

    /** The views plus the {@code @Layout} classes, as Karibu wants them. */
    @SuppressWarnings("unchecked")
    public static Set<Class<? extends Component>> viewsAndLayouts() {
        Set<Class<? extends Component>> all = new LinkedHashSet<>(views());
        for (Class<?> type : scan(new AnnotationTypeFilter(Layout.class))) {
            all.add((Class<? extends Component>) type);
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    public static Set<Class<? extends HasErrorParameter<?>>> errorViews() {
        Set<Class<? extends HasErrorParameter<?>>> views = new LinkedHashSet<>();
        for (Class<?> type : scan(new AssignableTypeFilter(HasErrorParameter.class))) {
            views.add((Class<? extends HasErrorParameter<?>>) type);
        }
        return views;
    }

    /**
     * Every route template with its view: the {@code @Route} and {@code @RouteAlias} annotations
     * of the classes on the class path, and whatever else Vaadin has registered (call it inside a
     * Vaadin session, e.g. in a Karibu test).
     */
    public static Map<String, Class<? extends Component>> templates() {
        Map<String, Class<? extends Component>> routes = new TreeMap<>();
        for (Class<? extends Component> view : views()) {
            Route route = view.getAnnotation(Route.class);
            if (route.value().equals(Route.NAMING_CONVENTION)) {
                throw new AssertionError(view.getName() + " does not name its route");
            }
            routes.put(route.value(), view);
            for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
                routes.put(alias.value(), view);
            }
        }
        for (var data : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            routes.putIfAbsent(data.getTemplate(), data.getNavigationTarget());
            for (var alias : data.getRouteAliases()) {
                routes.putIfAbsent(alias.getTemplate(), alias.getNavigationTarget());
            }
        }
        return routes;
    }

    /** The names of a route template's parameters, e.g. {@code courseId} of {@code cursussen/:courseId}. */
    public static List<String> parameters(String template) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The address of the template with these values for its parameters. */
    public static String fill(String template, Map<String, String> values) {
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new AssertionError(
                        "route " + template + " has a parameter :" + matcher.group(1) + " that no id was given for");
            }
            matcher.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(url);
        return url.toString();
    }

    private static Set<Class<?>> scan(org.springframework.core.type.filter.TypeFilter filter) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent()
                        && definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter(filter);
        Set<Class<?>> types = new LinkedHashSet<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("nl.pendel")) {
            types.add(ClassUtils.resolveClassName(
                    definition.getBeanClassName(), ApplicationRoutes.class.getClassLoader()));
        }
        return types;
    }
}
