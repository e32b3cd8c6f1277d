package nl.pendel.material.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.material.Material;
import nl.pendel.material.MaterialService;
import nl.pendel.shared.ui.MeetingSection;
import org.springframework.core.annotation.Order;

/**
 * "Materialen" with each meeting on the screens of other modules (the participant's sessions, the
 * run sheet, the session briefing): the meeting's files and links, read for all meetings at once,
 * with a link to the course's materials page.
 */
@org.springframework.stereotype.Component
@Order(10)
class MeetingMaterialsSection implements MeetingSection {

    private final MaterialService materials;

    MeetingMaterialsSection(MaterialService materials) {
        this.materials = materials;
    }

    @Override
    public Map<Long, Component> create(Collection<Long> meetingIds, boolean evenWhenEmpty) {
        Map<Long, List<Material>> found = materials.ofMeetings(meetingIds);
        Map<Long, Component> parts = new LinkedHashMap<>();
        for (long meetingId : meetingIds) {
            List<Material> list = found.getOrDefault(meetingId, List.of());
            if (!list.isEmpty() || evenWhenEmpty) {
                parts.put(meetingId, part(list));
            }
        }
        return parts;
    }

    private Div part(List<Material> list) {
        Div part = new Div();
        part.addClassName("meeting-materials");
        part.add(new H4(part.getTranslation("material.section.title")));
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(part.getTranslation("material.section.none"));
            none.addClassName("muted");
            part.add(none);
            return part;
        }
        part.add(new MaterialList(materials, list, null));
        Anchor all = new Anchor(
                "cursussen/" + list.getFirst().courseId() + "/materialen", part.getTranslation("material.section.all"));
        all.addClassNames("material-all", "no-print");
        part.add(all);
        return part;
    }
}
