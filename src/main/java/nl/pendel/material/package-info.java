/**
 * Materials per meeting: files (slides, handouts) and links (the literature list) that a course's
 * trainers add to its meetings, for the course's people to read: its trainers, its participants
 * and the lead of its team once it is published. Files pass the same checks as homework
 * attachments ({@code shared.files}) and are stored in the database; downloads are checked for
 * the person and the course. Other modules show a meeting's materials through
 * {@code shared.ui.MeetingSection}. See docs/decisions/0016-meeting-materials.md.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Materials")
package nl.pendel.material;
