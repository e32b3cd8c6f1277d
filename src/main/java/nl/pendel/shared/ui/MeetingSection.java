package nl.pendel.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Collection;
import java.util.Map;

/**
 * A part another module adds to the screens that show a course's meetings (the participant's
 * sessions, the run sheet, the session briefing), e.g. the materials of each meeting, so those
 * modules need not know that module. Beans of this type are shown in their
 * {@link org.springframework.core.annotation.Order order}.
 */
public interface MeetingSection {

    /**
     * New parts for these meetings, for the signed-in person, read in one go (a fixed number of
     * statements however many meetings); a meeting with nothing to show has no entry unless
     * {@code evenWhenEmpty}, when it gets a part saying there is nothing yet.
     */
    Map<Long, Component> create(Collection<Long> meetingIds, boolean evenWhenEmpty);
}
