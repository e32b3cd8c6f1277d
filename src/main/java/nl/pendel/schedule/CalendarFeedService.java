package nl.pendel.schedule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.schedule.internal.CourseSession;
import nl.pendel.schedule.internal.CourseSessionRepository;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.subgroup.SubgroupService;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendar subscriptions. Each person can make a private address (a random token; only
 * its hash is stored) that serves all their sessions, as participant and as trainer, as
 * iCalendar. Making a new address revokes the old one.
 */
@Service
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final CourseSessionRepository sessions;
    private final CourseService courses;
    private final SubgroupService subgroups;
    private final CurrentUser currentUser;
    private final Clock clock;

    CalendarFeedService(
            JdbcClient jdbc,
            CourseSessionRepository sessions,
            CourseService courses,
            SubgroupService subgroups,
            CurrentUser currentUser,
            Clock clock) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.courses = courses;
        this.subgroups = subgroups;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new secret token for the signed-in person; the previous one stops working. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long personId = currentUser.require().personId();
        jdbc.sql("delete from calendar_token where person_id = ?")
                .param(personId)
                .update();
        jdbc.sql("insert into calendar_token (person_id, token_hash, created_at) values (?, ?, ?)")
                .params(personId, hash(token), clock.instant())
                .update();
        return token;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean hasToken() {
        return jdbc.sql("select count(*) from calendar_token where person_id = ?")
                        .param(currentUser.require().personId())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The iCalendar document for this token, or empty when the token is unknown or revoked. */
    @Transactional(readOnly = true)
    public Optional<String> feed(@Nullable String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        Optional<Long> personId = jdbc.sql("select person_id from calendar_token where token_hash = ?")
                .param(hash(token))
                .query(Long.class)
                .optional();
        return personId.map(id -> SystemAuthentication.runAsAdministrator(() -> document(id)));
    }

    private String document(long personId) {
        Map<Long, CourseSession> mine = new LinkedHashMap<>();
        for (Map.Entry<Long, Long> placement : subgroups.placementsOf(personId).entrySet()) {
            var access = courses.access(placement.getKey()).orElse(null);
            if (access != null
                    && access.status().visibleToTeam()
                    && access.participantIds().contains(personId)) {
                sessions.findBySubgroupIdOrderByDateAscStartTimeAsc(placement.getValue())
                        .forEach(s -> mine.put(s.getId(), s));
            }
        }
        // as trainer: the sessions of the courses they (co-)train and those they give themselves
        sessions.findForTrainer(courses.courseIdsTrainedBy(personId), personId).forEach(s -> mine.put(s.getId(), s));
        List<CourseSession> all = mine.values().stream()
                .sorted(Comparator.comparing(CourseSession::getDate).thenComparing(CourseSession::getStartTime))
                .toList();
        Map<Long, String> titles = courses.titles(TrainerCalendarService.ids(all, CourseSession::getCourseId));
        Map<Long, CourseDetails.Meeting> meetings =
                courses.meetings(TrainerCalendarService.ids(all, CourseSession::getMeetingId));
        List<ICalendarWriter.Event> events = new ArrayList<>();
        for (CourseSession s : all) {
            CourseDetails.Meeting meeting = meetings.get(s.getMeetingId());
            String place = s.getRoom().isBlank() ? s.getLocation() : s.getLocation() + ", " + s.getRoom();
            events.add(new ICalendarWriter.Event(
                    s.getUid(),
                    s.getSequence(),
                    s.getStatus() == SessionStatus.CANCELLED,
                    s.getDate(),
                    s.getStartTime(),
                    s.getEndTime(),
                    meeting.title() + " – " + titles.get(s.getCourseId()),
                    place,
                    meeting.preparationTitle()));
        }
        return ICalendarWriter.write("Pendel", events, clock.instant());
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
