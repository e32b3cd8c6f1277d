package nl.pendel.material;

import java.util.List;

/**
 * A course's materials by meeting, in the meetings' order, for someone who may see the course;
 * {@code editable} when they may add and remove (its trainers and administrators, while the course
 * is not closed); {@code attendance} when the course's attendance and dashboard tabs are theirs
 * (anyone but its participants).
 */
public record MaterialsPage(
        long courseId, String courseTitle, boolean editable, boolean attendance, List<MeetingMaterials> meetings) {

    public MaterialsPage {
        meetings = List.copyOf(meetings);
    }

    /** One meeting with its materials in the order they were added. */
    public record MeetingMaterials(long meetingId, int position, String title, List<Material> materials) {

        public MeetingMaterials {
            materials = List.copyOf(materials);
        }
    }
}
