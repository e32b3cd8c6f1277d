package nl.pendel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/** Every view and error view the application registers, found on the class path. */
public final class ApplicationRoutes {

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
