package nl.pendel.material.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.pendel.material.Material;
import nl.pendel.material.MaterialService;
import nl.pendel.material.MaterialsPage;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.CourseTabs;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.TranslatedTitle;
import org.springframework.security.access.AccessDeniedException;

/**
 * A course's materials per meeting: files and links for everyone who may see the course; its
 * trainers upload files, add links and remove them (after confirming). Anyone else gets "not
 * found".
 */
@Route("cursussen/:courseId/materialen")
@PermitAll
class MaterialsView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final MaterialService materials;
    private long courseId;

    MaterialsView(MaterialService materials) {
        this.materials = materials;
        addClassNames("page", "materials");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        try {
            build(materials.page(courseId));
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String titleKey() {
        return "material.title";
    }

    private void build(MaterialsPage page) {
        removeAll();
        add(new H2(page.courseTitle()), new CourseTabs(courseId, CourseTabs.Tab.MATERIALS, page.attendance()));
        Paragraph help = new Paragraph(getTranslation(page.editable() ? "material.help.trainer" : "material.help"));
        help.addClassName("muted");
        add(help);
        for (MaterialsPage.MeetingMaterials meeting : page.meetings()) {
            add(new MeetingCard(materials, courseId, meeting, page.editable(), this::confirmRemove, this::added));
        }
    }

    private void added(String title) {
        build(materials.page(courseId));
        Notifications.success(this, "material.added", title);
    }

    private void confirmRemove(Material material) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("material.remove.header"));
        confirm.setText(getTranslation("material.remove.confirm", material.title()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.back"));
        confirm.setConfirmText(getTranslation("material.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                materials.remove(courseId, material.id());
                Notifications.success(this, "material.removed", material.title());
            } catch (UserFacingException e) {
                Notifications.error(this, e);
            } catch (AccessDeniedException e) {
                Notifications.error(this, "material.error.gone");
            }
            build(materials.page(courseId));
        });
        confirm.open();
    }
}
