package nl.pendel.homework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.pendel.course.CaseloadTheme;
import nl.pendel.homework.DraftSaved;
import nl.pendel.homework.HomeworkDownloadService;
import nl.pendel.homework.HomeworkFile;
import nl.pendel.homework.HomeworkPage;
import nl.pendel.homework.HomeworkService;
import nl.pendel.homework.HomeworkState;
import nl.pendel.homework.MyHomework;
import nl.pendel.homework.MyHomeworkService;
import nl.pendel.homework.Outcome;
import nl.pendel.homework.Submission;
import nl.pendel.homework.SubmitOutcome;
import nl.pendel.homework.ThemeAnswer;
import nl.pendel.privacy.PrivacyNotice;
import nl.pendel.security.Roles;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.IdentifierRefused;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.DraftState;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.PrivacyFindings;
import nl.pendel.shared.ui.TranslatedTitle;
import nl.pendel.shared.ui.UnsavedWork;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Where a participant writes the homework for one meeting: Markdown with a live preview rendered
 * and sanitised on the server, the draft saved a moment after typing starts and whenever the page
 * is left (never a citizen service number or IBAN: then the page says why), attachments checked by their bytes, caseload themes when the
 * assignment asks for them, and handing in past the privacy guard. After the deadline the
 * subgroup's work is readable below.
 */
@Route("huiswerk/:courseId/:meetingId")
@RolesAllowed(Roles.PARTICIPANT)
class HomeworkEditorView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, TranslatedTitle {

    private final HomeworkService homework;
    private final Clock clock;
    private long courseId;
    private long meetingId;
    private long version;
    private MyHomework current;
    private List<CaseloadTheme> caseloadThemes = List.of();
    private final DraftState saveState = new DraftState();
    private @Nullable DraftColumns columns;
    private final PrivacyFindings privacy = new PrivacyFindings();
    private UnsavedWork unsaved = new UnsavedWork();
    private UnsavedWork.@Nullable Watched draft;

    private final MyHomeworkService myHomework;
    private final HomeworkDownloadService downloads;

    HomeworkEditorView(
            HomeworkService homework, MyHomeworkService myHomework, HomeworkDownloadService downloads, Clock clock) {
        this.homework = homework;
        this.myHomework = myHomework;
        this.downloads = downloads;
        this.clock = clock;
        addClassNames("page", "homework-editor");
    }

    static String route(long courseId, long meetingId) {
        return "huiswerk/" + courseId + "/" + meetingId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        meetingId = event.getRouteParameters().getLong("meetingId").orElse(-1L);
        try {
            build(myHomework.page(courseId, meetingId));
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Another screen of Pendel: asks first while the draft shows text that is not stored. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        unsaved.confirmLeaving(event, this);
    }

    @Override
    public String titleKey() {
        return "homework.editor.title";
    }

    private void build(HomeworkPage page) {
        MyHomework mine = page.mine();
        current = mine;
        caseloadThemes = page.caseloadThemes();
        version = mine.version();
        unsaved = new UnsavedWork();
        columns = null;
        draft = null;
        removeAll();
        add(new AssignmentHeader(mine.assignment(), LocalDateTime.now(clock)));
        Outcome outcome = Outcome.current(mine.submissions());
        if (outcome != null) {
            add(new Div(HomeworkTexts.outcomeBadge(this, outcome, true)));
        }
        if (outcome == Outcome.NOG_NIET && mine.assignment().state() != HomeworkState.SUBMITTED) {
            add(EarlierVersions.feedback(mine.submissions().getFirst(), this::time)); // what to adjust, in sight
        }
        if (mine.assignment().state() == HomeworkState.SUBMITTED) {
            add(new HandedInWork(downloads, mine, caseloadThemes, this::time, this::withdraw));
        } else if (mine.editable()) {
            add(editor(mine));
        } else {
            Paragraph closed = new Paragraph(getTranslation("homework.closed"));
            closed.addClassNames("callout", "callout-warning");
            add(closed);
        }
        add(history(mine));
        add(new PeerWorkList(downloads, page.peers()));
    }

    // ---- writing

    private Div editor(MyHomework mine) {
        columns = new DraftColumns(mine.draft(), saveState);
        TextArea text = columns.text();
        // saved a moment after typing starts and before the page is left; see UnsavedWork
        draft = unsaved.watch(text);
        text.addValueChangeListener(e -> save(e.getValue()));
        saveState.saved(
                mine.draftSavedAt() == null ? "" : getTranslation("homework.saved-at", time(mine.draftSavedAt())));
        privacy.show(homework.check(mine.draft()), false);

        Div body = new Div(columns, privacy);
        if (mine.assignment().asksCaseloadThemes()) {
            body.add(themes(mine.themes()));
        }
        body.add(attachments(mine.files()));
        Button submit = new Button(getTranslation("homework.submit"), e -> submit(text.getValue(), false));
        submit.setId("homework-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        Div actions = new Div(submit);
        actions.addClassName("toolbar");
        body.add(actions);
        return body;
    }

    private void save(String value) {
        render(value);
        try {
            DraftSaved saved = homework.saveDraft(courseId, meetingId, value, version);
            version = saved.version();
            if (draft != null) {
                draft.stored(value);
            }
            saveState.saved(getTranslation("homework.saved-at", time(saved.savedAt())));
            privacy.show(saved.findings(), false);
        } catch (IdentifierRefused e) {
            refused(e, value);
        } catch (EditConflictException e) {
            Notifications.error(this, "homework.error.conflict");
            build(myHomework.page(courseId, meetingId));
        } catch (UserFacingException e) {
            saveState.notSaved(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    /** The draft holds a BSN or IBAN: it stays as last stored, the text stays in the field, and the page says why. */
    private void refused(IdentifierRefused refusal, String value) {
        saveState.notSaved(getTranslation("privacy.draft-refused", refusal.arguments()));
        privacy.show(homework.check(value), true);
    }

    private void render(String markdown) {
        if (columns != null) {
            columns.render(markdown);
        }
    }

    private void submit(String text, boolean confirmed) {
        try {
            if (!text.equals(current.draft()) || version != current.version()) {
                DraftSaved saved = homework.saveDraft(courseId, meetingId, text, version);
                version = saved.version();
                if (draft != null) {
                    draft.stored(text);
                }
            }
            SubmitOutcome outcome = homework.submit(courseId, meetingId, version, confirmed);
            switch (outcome.result()) {
                case SUBMITTED -> {
                    Notifications.success(
                            this, outcome.late() ? "homework.submitted.late" : "homework.submitted", outcome.number());
                    build(myHomework.page(courseId, meetingId));
                }
                case BLOCKED -> {
                    privacy.show(outcome.findings(), true);
                    Notifications.error(this, "privacy.blocked", PrivacyFindings.kinds(this, outcome.findings()));
                }
                case NEEDS_CONFIRMATION -> confirmWarnings(text, outcome.findings());
            }
        } catch (IdentifierRefused e) {
            refused(e, text);
            Notifications.error(this, e);
        } catch (EditConflictException e) {
            Notifications.error(this, "homework.error.conflict");
            build(myHomework.page(courseId, meetingId));
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
    }

    private void confirmWarnings(String text, List<PrivacyNotice> findings) {
        privacy.show(findings, false);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("homework.privacy.confirm.title"));
        dialog.setText(new Div(new Paragraph(getTranslation("privacy.why")), privacy.list(findings)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("homework.privacy.confirm.edit"));
        dialog.setConfirmText(getTranslation("homework.privacy.confirm.submit"));
        dialog.addConfirmListener(e -> submit(text, true));
        dialog.open();
    }

    // ---- caseload themes

    private CaseloadThemesField themes(List<ThemeAnswer> answers) {
        return new CaseloadThemesField(caseloadThemes, answers, all -> {
            try {
                homework.saveThemes(courseId, meetingId, all);
                saveState.saved(getTranslation("homework.saved-at", time(clock.instant())));
                return true;
            } catch (UserFacingException ex) {
                Notifications.error(this, ex);
                return false;
            }
        });
    }

    // ---- attachments

    private AttachmentsSection attachments(List<HomeworkFile> files) {
        return new AttachmentsSection(homework, downloads, courseId, meetingId, files, this::removeFile, name -> {
            Notifications.success(this, "homework.files.added", name);
            build(myHomework.page(courseId, meetingId));
        });
    }

    private void removeFile(HomeworkFile file) {
        try {
            homework.removeFile(courseId, meetingId, file.id());
            build(myHomework.page(courseId, meetingId));
        } catch (UserFacingException ex) {
            Notifications.error(this, ex);
        }
    }

    // ---- handed in

    private void withdraw() {
        try {
            homework.withdraw(courseId, meetingId);
            Notifications.success(this, "homework.withdrawn");
            build(myHomework.page(courseId, meetingId));
        } catch (UserFacingException ex) {
            Notifications.error(this, ex);
        }
    }

    private EarlierVersions history(MyHomework mine) {
        List<Submission> earlier = mine.assignment().state() == HomeworkState.SUBMITTED
                ? mine.submissions().subList(1, mine.submissions().size())
                : mine.submissions();
        return new EarlierVersions(downloads, earlier, this::time);
    }

    private String time(java.time.Instant instant) {
        return DateTimeFormatter.ofPattern("d MMM HH:mm", getLocale()).format(instant.atZone(clock.getZone()));
    }
}
