package nl.pendel.material;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.material.internal.MaterialReads;
import nl.pendel.material.internal.MaterialReads.FileContent;
import nl.pendel.material.internal.MaterialStore;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.shared.StorableText;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.files.AttachmentText;
import nl.pendel.shared.files.InspectedFile;
import nl.pendel.shared.files.UploadedFileInspector;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The materials of a course's meetings: its trainers and administrators add files and links and
 * remove them while the course is not closed; everyone who may see the course (its trainers, and
 * once published its participants and the lead of its team) reads them and downloads the files.
 * Anyone else, and a material of another course, gets "not found". A fixed number of statements
 * per call.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MaterialService {

    private final MaterialReads reads;
    private final MaterialStore store;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final TransactionTemplate writes;
    private final Clock clock;

    MaterialService(
            MaterialReads reads,
            MaterialStore store,
            CourseService courses,
            CurrentUser currentUser,
            TransactionTemplate writes,
            Clock clock) {
        this.reads = reads;
        this.store = store;
        this.courses = courses;
        this.currentUser = currentUser;
        this.writes = writes;
        this.clock = clock;
    }

    /** The course's materials by meeting, for someone who may see the course. */
    public MaterialsPage page(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        CourseDetails details = courses.details(courseId);
        Map<Long, List<Material>> byMeeting =
                reads.ofCourse(courseId).stream().collect(Collectors.groupingBy(Material::meetingId));
        PendelUser user = currentUser.require();
        boolean editable = access.canManage(user) && access.status().editable();
        return new MaterialsPage(
                courseId,
                details.summary().title(),
                editable,
                !access.participantIds().contains(user.personId()),
                details.meetings().stream()
                        .map(m -> new MaterialsPage.MeetingMaterials(
                                m.id(), m.position(), m.title(), byMeeting.getOrDefault(m.id(), List.of())))
                        .toList());
    }

    /**
     * The materials of these meetings that the signed-in person may see (of courses they may
     * see), by meeting; for the screens that show a meeting with its materials.
     */
    public Map<Long, List<Material>> ofMeetings(Collection<Long> meetingIds) {
        List<Material> all = reads.ofMeetings(meetingIds);
        Set<Long> courseIds = all.stream().map(Material::courseId).collect(Collectors.toSet());
        PendelUser user = currentUser.require();
        Map<Long, CourseAccess> access = courses.accessOf(courseIds);
        return all.stream()
                .filter(m -> access.containsKey(m.courseId())
                        && access.get(m.courseId()).canView(user))
                .collect(Collectors.groupingBy(Material::meetingId));
    }

    /** Whether the signed-in person may add and remove materials of this course now. */
    public boolean canEdit(long courseId) {
        return courses.access(courseId)
                .map(a -> a.canManage(currentUser.require()) && a.status().editable())
                .orElse(false);
    }

    /**
     * Adds a link to the meeting.
     *
     * @throws UserFacingException when the title or address is refused (not http(s), too long, a
     *     resident's identifier) or the meeting has {@link Material#PER_MEETING_MAX} materials
     */
    @Transactional
    public Material addLink(long courseId, long meetingId, @Nullable String title, @Nullable String url) {
        courses.requireManage(courseId);
        requireMeeting(courseId, meetingId);
        String checkedTitle = MaterialRules.title(title);
        String checkedUrl = MaterialRules.url(url);
        checkRoom(meetingId);
        long id = store.addLink(
                courseId,
                meetingId,
                checkedTitle,
                checkedUrl,
                currentUser.require().personId(),
                clock.instant());
        return new Material(id, courseId, meetingId, checkedTitle, checkedUrl, null, null, 0);
    }

    /**
     * Adds a file to the meeting after the checks of a homework attachment: not empty, at most
     * 10 MB, a PDF, DOCX, ODT, PNG or JPEG by its bytes and named so, a safe name, and no citizen
     * service number or IBAN in its text. The text is read outside a transaction (it may take
     * seconds); the file is stored with its row in one short transaction. Without a title the
     * file's name is its title.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Material addFile(
            long courseId, long meetingId, @Nullable String title, @Nullable String fileName, byte @Nullable [] bytes) {
        // who may add is checked before anything is read
        courses.requireManage(courseId);
        requireMeeting(courseId, meetingId);
        InspectedFile inspected = UploadedFileInspector.inspect(fileName, bytes);
        String checkedTitle = MaterialRules.fileTitle(title, inspected.safeFileName());
        StorableText.check(inspected.safeFileName());
        StorableText.check(AttachmentText.extract(inspected.kind(), bytes));
        byte[] content = bytes;
        return writes.execute(status -> {
            courses.requireManage(courseId);
            checkRoom(meetingId);
            long id = store.addFile(
                    courseId,
                    meetingId,
                    checkedTitle,
                    inspected,
                    content,
                    currentUser.require().personId(),
                    clock.instant());
            return new Material(
                    id,
                    courseId,
                    meetingId,
                    checkedTitle,
                    null,
                    inspected.safeFileName(),
                    inspected.kind(),
                    inspected.size());
        });
    }

    /** Removes a material of the course. */
    @Transactional
    public void remove(long courseId, long materialId) {
        courses.requireManage(courseId);
        if (!store.remove(courseId, materialId)) {
            throw new AccessDeniedException("Material " + materialId + " is not of course " + courseId);
        }
    }

    /** A material's file, for someone who may see its course; anyone else gets "not found". */
    public MaterialDownload download(long materialId) {
        FileContent file =
                reads.fileContent(materialId).orElseThrow(() -> new AccessDeniedException("No file " + materialId));
        courses.requireView(file.courseId());
        return new MaterialDownload(file.fileName(), file.kind().contentType(), file.content());
    }

    private void requireMeeting(long courseId, long meetingId) {
        boolean ofCourse = courses.meetingsOf(courseId).stream().anyMatch(m -> m.id() == meetingId);
        if (!ofCourse) {
            throw new AccessDeniedException("Meeting " + meetingId + " is not of course " + courseId);
        }
    }

    private void checkRoom(long meetingId) {
        if (store.countForUpdate(meetingId) >= Material.PER_MEETING_MAX) {
            throw new UserFacingException("material.error.too-many", Material.PER_MEETING_MAX);
        }
    }
}
