package nl.pendel.homework.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.course.CaseloadTheme;
import nl.pendel.homework.DraftSaved;
import nl.pendel.homework.HomeworkFile;
import nl.pendel.homework.HomeworkPage;
import nl.pendel.homework.HomeworkService;
import nl.pendel.homework.HomeworkState;
import nl.pendel.homework.MyHomework;
import nl.pendel.homework.PeerWork;
import nl.pendel.homework.Submission;
import nl.pendel.homework.SubmitOutcome;
import nl.pendel.homework.ThemeAnswer;
import nl.pendel.privacy.PrivacyNotice;
import nl.pendel.security.Roles;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.IdentifierRefused;
import nl.pendel.shared.ScreenReads;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.files.UploadedFileInspector;
import nl.pendel.shared.ui.DraftState;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.PrivacyFindings;
import nl.pendel.shared.ui.TranslatedTitle;
import nl.pendel.shared.ui.UnsavedWork;
import nl.pendel.shared.ui.UploadTexts;
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
    private final Div preview = new Div();
    private final PrivacyFindings privacy = new PrivacyFindings();
    private UnsavedWork unsaved = new UnsavedWork();
    private UnsavedWork.@Nullable Watched draft;

    private final ScreenReads reads;

    HomeworkEditorView(HomeworkService homework, Clock clock, ScreenReads reads) {
        this.reads = reads;
        this.homework = homework;
        this.clock = clock;
        addClassNames("page", "homework-editor");
    }

    static String route(long courseId, long meetingId) {
        return "huiswerk/" + courseId + "/" + meetingId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reads.run(() -> enter(event));
    }

    /** Builds the screen, in one read-only transaction ({@link ScreenReads}). */
    private void enter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        meetingId = event.getRouteParameters().getLong("meetingId").orElse(-1L);
        try {
            build(homework.page(courseId, meetingId));
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
        draft = null;
        removeAll();
        var assignment = mine.assignment();
        Anchor back = new Anchor("huiswerk", getTranslation("homework.back"));
        Span course = new Span(assignment.courseTitle());
        course.addClassName("muted");
        add(
                back,
                new H2(getTranslation(
                        "homework.meeting-assignment", assignment.meetingPosition(), assignment.title())));
        Div meta = new Div(
                course,
                new Span(HomeworkTexts.due(this, assignment.dueAt())),
                HomeworkTexts.stateBadge(this, assignment, LocalDateTime.now(clock)));
        meta.addClassName("toolbar");
        add(meta);
        Div instructions = HomeworkHtml.of(assignment.instructionsHtml());
        instructions.addClassNames("card", "instructions");
        add(instructions);

        if (mine.assignment().state() == HomeworkState.SUBMITTED) {
            add(submitted(mine));
        } else if (mine.editable()) {
            add(editor(mine));
        } else {
            Paragraph closed = new Paragraph(getTranslation("homework.closed"));
            closed.addClassNames("callout", "callout-warning");
            add(closed);
        }
        add(history(mine));
        if (!page.peers().isEmpty()) {
            add(new H3(getTranslation("homework.peers.title")));
            for (PeerWork peer : page.peers()) {
                Div card = new Div(new H3(peer.name()), HomeworkHtml.of(peer.bodyHtml()), files(peer.files(), false));
                card.addClassName("card");
                add(card);
            }
        }
    }

    // ---- writing

    private Div editor(MyHomework mine) {
        TextArea text = new TextArea(getTranslation("homework.text"));
        text.setId("homework-text");
        text.setHelperText(getTranslation("homework.text.help"));
        text.setMaxLength(HomeworkService.TEXT_MAX);
        text.setValue(mine.draft());
        text.setWidthFull();
        text.setMinHeight("18rem");
        // saved a moment after typing starts and before the page is left; see UnsavedWork
        draft = unsaved.watch(text);
        text.addValueChangeListener(e -> save(e.getValue()));
        preview.removeAll();
        preview.addClassNames("card", "markdown-preview");
        preview.getElement().setAttribute("aria-live", "polite");
        preview.getElement().setAttribute("aria-label", getTranslation("homework.preview"));
        render(mine.draft());
        saveState.saved(
                mine.draftSavedAt() == null ? "" : getTranslation("homework.saved-at", time(mine.draftSavedAt())));
        showFindings(homework.check(mine.draft()), false);

        Div previewColumn = new Div(new Span(getTranslation("homework.preview")), preview);
        previewColumn.addClassName("preview-column");
        FlexLayout columns = new FlexLayout(new Div(text, saveState), previewColumn);
        columns.addClassName("editor-columns");

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
            showFindings(saved.findings(), false);
        } catch (IdentifierRefused e) {
            refused(e, value);
        } catch (EditConflictException e) {
            Notifications.error(this, "homework.error.conflict");
            build(homework.page(courseId, meetingId));
        } catch (UserFacingException e) {
            saveState.notSaved(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    /** The draft holds a BSN or IBAN: it stays as last stored, the text stays in the field, and the page says why. */
    private void refused(IdentifierRefused refusal, String value) {
        saveState.notSaved(getTranslation("privacy.draft-refused", refusal.arguments()));
        showFindings(homework.check(value), true);
    }

    private void render(String markdown) {
        preview.getElement().setProperty("innerHTML", nl.pendel.shared.Markdown.toHtml(markdown));
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
                    build(homework.page(courseId, meetingId));
                }
                case BLOCKED -> {
                    showFindings(outcome.findings(), true);
                    Notifications.error(this, "privacy.blocked", kinds(outcome.findings()));
                }
                case NEEDS_CONFIRMATION -> confirmWarnings(text, outcome.findings());
            }
        } catch (IdentifierRefused e) {
            refused(e, text);
            Notifications.error(this, e);
        } catch (EditConflictException e) {
            Notifications.error(this, "homework.error.conflict");
            build(homework.page(courseId, meetingId));
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
    }

    private void confirmWarnings(String text, List<PrivacyNotice> findings) {
        showFindings(findings, false);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("homework.privacy.confirm.title"));
        Div content = new Div(new Paragraph(getTranslation("privacy.why")), findingList(findings));
        dialog.setText(content);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("homework.privacy.confirm.edit"));
        dialog.setConfirmText(getTranslation("homework.privacy.confirm.submit"));
        dialog.addConfirmListener(e -> submit(text, true));
        dialog.open();
    }

    private void showFindings(List<PrivacyNotice> findings, boolean blockedNow) {
        privacy.show(findings, blockedNow);
    }

    private Div findingList(List<PrivacyNotice> findings) {
        return privacy.list(findings);
    }

    private String kinds(List<PrivacyNotice> findings) {
        return PrivacyFindings.kinds(this, findings);
    }

    // ---- caseload themes

    private Div themes(List<ThemeAnswer> answers) {
        Div section = new Div(new H3(getTranslation("homework.themes.title")));
        section.addClassNames("card", "caseload-themes");
        section.add(new Paragraph(getTranslation("homework.themes.help")));
        List<CaseloadTheme> themes = caseloadThemes;
        Map<String, ThemeAnswer> chosen = answers.stream()
                .filter(a -> a.themeKey() != null)
                .collect(Collectors.toMap(ThemeAnswer::themeKey, Function.identity()));
        List<IntegerField> counts = new ArrayList<>();
        Div grid = new Div();
        grid.addClassName("theme-grid");
        List<ThemeAnswer> own = new ArrayList<>(
                answers.stream().filter(a -> a.themeKey() == null).toList());
        Div ownList = new Div();
        BooleanSupplier[] store = new BooleanSupplier[1];
        for (CaseloadTheme theme : themes) {
            IntegerField count = new IntegerField(theme.label());
            count.setMin(0);
            count.setMax(ThemeAnswer.MAX_CASES);
            count.setStepButtonsVisible(true);
            count.setPlaceholder("0");
            count.setHelperText(theme.description());
            ThemeAnswer answer = chosen.get(theme.key());
            if (answer != null) {
                count.setValue(answer.cases());
            }
            count.getElement().setProperty("themeKey", theme.key());
            count.addValueChangeListener(e -> store[0].getAsBoolean());
            counts.add(count);
            grid.add(count);
        }
        section.add(grid);

        section.add(new H3(getTranslation("homework.themes.own")));
        TextField label = new TextField(getTranslation("homework.themes.own.label"));
        label.setMaxLength(ThemeAnswer.OWN_LABEL_MAX);
        IntegerField cases = new IntegerField(getTranslation("homework.themes.cases"));
        cases.setMin(1);
        cases.setMax(ThemeAnswer.MAX_CASES);
        Button add = new Button(getTranslation("homework.themes.own.add"));
        Div addRow = new Div(label, cases, add);
        addRow.addClassName("toolbar");
        Runnable[] showOwn = new Runnable[1];
        store[0] = () -> {
            List<ThemeAnswer> all = new ArrayList<>();
            for (IntegerField count : counts) {
                Integer value = count.getValue();
                if (value != null && value > 0) {
                    all.add(new ThemeAnswer(count.getElement().getProperty("themeKey"), null, value));
                }
            }
            all.addAll(own);
            try {
                homework.saveThemes(courseId, meetingId, all);
                saveState.saved(getTranslation("homework.saved-at", time(clock.instant())));
                return true;
            } catch (UserFacingException ex) {
                Notifications.error(this, ex);
                return false;
            }
        };
        showOwn[0] = () -> {
            ownList.removeAll();
            for (ThemeAnswer answer : List.copyOf(own)) {
                Button remove = new Button(getTranslation("homework.themes.own.remove"), e -> {
                    own.remove(answer);
                    store[0].getAsBoolean();
                    showOwn[0].run();
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY);
                Div line = new Div(
                        new Span(getTranslation("homework.themes.own.line", answer.ownLabel(), answer.cases())),
                        remove);
                line.addClassName("toolbar");
                ownList.add(line);
            }
        };
        add.addClickListener(e -> {
            String value = label.getValue().strip();
            if (value.isEmpty()) {
                label.setInvalid(true);
                label.setErrorMessage(getTranslation("homework.error.theme-empty"));
                return;
            }
            if (cases.getValue() == null || cases.getValue() < 1 || cases.getValue() > ThemeAnswer.MAX_CASES) {
                cases.setInvalid(true);
                cases.setErrorMessage(getTranslation("homework.error.cases", ThemeAnswer.MAX_CASES));
                return;
            }
            label.setInvalid(false);
            cases.setInvalid(false);
            ThemeAnswer answer = new ThemeAnswer(null, value, cases.getValue());
            own.add(answer);
            if (!store[0].getAsBoolean()) {
                // not stored (a BSN in the theme, say): the theme stays in the field to correct
                own.remove(answer);
                return;
            }
            showOwn[0].run();
            label.clear();
            cases.clear();
        });
        showOwn[0].run();
        section.add(ownList, addRow);
        return section;
    }

    // ---- attachments

    private Div attachments(List<HomeworkFile> files) {
        Div section = new Div(new H3(getTranslation("homework.files.title")));
        section.addClassNames("card", "attachments");
        section.add(new Paragraph(getTranslation("homework.files.help", UploadedFileInspector.MAX_FILES)));
        section.add(files(files, true));
        if (files.size() < UploadedFileInspector.MAX_FILES) {
            UI ui = UI.getCurrent();
            // the file is checked and stored in the upload's own request, outside the UI lock: reading its text may
            // take seconds, and the page stays usable meanwhile; only the outcome is shown under the lock
            InMemoryUploadCallback received = (metadata, bytes) -> {
                try {
                    homework.addFile(courseId, meetingId, metadata.fileName(), bytes);
                    ui.access(() -> {
                        Notifications.success(this, "homework.files.added", metadata.fileName());
                        build(homework.page(courseId, meetingId));
                    });
                } catch (UserFacingException e) {
                    ui.access(() -> Notifications.error(this, e));
                }
            };
            // the server refuses more than the limit before holding it in memory; the service checks again
            Upload upload = new Upload(new InMemoryUploadHandler(received) {
                @Override
                public long getFileSizeMax() {
                    return UploadedFileInspector.MAX_BYTES;
                }

                @Override
                public long getRequestSizeMax() {
                    return UploadedFileInspector.MAX_BYTES + 64 * 1024;
                }
            });
            upload.setI18n(UploadTexts.of(this));
            upload.setMaxFiles(UploadedFileInspector.MAX_FILES - files.size());
            upload.setMaxFileSize(UploadedFileInspector.MAX_BYTES);
            upload.setAcceptedFileTypes(".pdf", ".docx", ".odt", ".png", ".jpg", ".jpeg");
            upload.addFileRejectedListener(e -> Notifications.error(this, "homework.files.rejected"));
            section.add(upload);
        }
        return section;
    }

    private Div files(List<HomeworkFile> files, boolean removable) {
        Div list = new Div();
        list.addClassName("file-list");
        for (HomeworkFile file : files) {
            Anchor link = new Anchor(HomeworkDownloads.handler(homework, file.id()), file.fileName());
            link.getElement().setAttribute("download", true);
            Span size = new Span(HomeworkTexts.size(this, file.size()));
            size.addClassName("muted");
            Div line = new Div(link, size);
            line.addClassName("toolbar");
            if (removable) {
                Button remove = new Button(getTranslation("homework.files.remove"), e -> {
                    try {
                        homework.removeFile(courseId, meetingId, file.id());
                        build(homework.page(courseId, meetingId));
                    } catch (UserFacingException ex) {
                        Notifications.error(this, ex);
                    }
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY);
                remove.getElement()
                        .setAttribute("aria-label", getTranslation("homework.files.remove.named", file.fileName()));
                line.add(remove);
            }
            list.add(line);
        }
        return list;
    }

    // ---- handed in

    private Div submitted(MyHomework mine) {
        Submission latest = mine.submissions().getFirst();
        Div card = new Div(new H3(getTranslation("homework.submitted.title", latest.number())));
        card.addClassNames("card", "submitted-work");
        Paragraph when = new Paragraph(getTranslation(
                latest.late() ? "homework.submitted.when.late" : "homework.submitted.when",
                time(latest.submittedAt())));
        when.addClassName("muted");
        card.add(when, HomeworkHtml.of(latest.bodyHtml()), files(latest.files(), false));
        if (!mine.themes().isEmpty()) {
            card.add(new H3(getTranslation("homework.themes.title")));
            Map<String, String> labels =
                    caseloadThemes.stream().collect(Collectors.toMap(CaseloadTheme::key, CaseloadTheme::label));
            for (ThemeAnswer answer : mine.themes()) {
                card.add(new Paragraph(getTranslation(
                        "homework.themes.own.line",
                        answer.themeKey() != null
                                ? labels.getOrDefault(answer.themeKey(), answer.themeKey())
                                : answer.ownLabel(),
                        answer.cases())));
            }
        }
        card.add(feedback(latest));
        if (mine.canWithdraw()) {
            Button withdraw = new Button(getTranslation("homework.withdraw"), e -> {
                try {
                    homework.withdraw(courseId, meetingId);
                    Notifications.success(this, "homework.withdrawn");
                    build(homework.page(courseId, meetingId));
                } catch (UserFacingException ex) {
                    Notifications.error(this, ex);
                }
            });
            withdraw.setId("homework-withdraw");
            Paragraph help = new Paragraph(getTranslation("homework.withdraw.help"));
            help.addClassName("muted");
            card.add(withdraw, help);
        }
        return card;
    }

    private Div feedback(Submission submission) {
        Div section = new Div();
        for (var feedback : submission.feedback()) {
            Div item = new Div(
                    new Span(
                            getTranslation("homework.feedback.from", feedback.trainerName(), time(feedback.givenAt()))),
                    HomeworkHtml.of(feedback.bodyHtml()));
            item.addClassNames("callout", "callout-success", "feedback");
            section.add(item);
        }
        return section;
    }

    private Div history(MyHomework mine) {
        Div section = new Div();
        List<Submission> earlier = mine.assignment().state() == HomeworkState.SUBMITTED
                ? mine.submissions().subList(1, mine.submissions().size())
                : mine.submissions();
        if (earlier.isEmpty()) {
            return section;
        }
        section.add(new H3(getTranslation("homework.history")));
        for (Submission submission : earlier) {
            com.vaadin.flow.component.details.Details details = new com.vaadin.flow.component.details.Details(
                    getTranslation("homework.history.version", submission.number(), time(submission.submittedAt())),
                    new Div(
                            HomeworkHtml.of(submission.bodyHtml()),
                            files(submission.files(), false),
                            feedback(submission)));
            section.add(details);
        }
        return section;
    }

    private String time(java.time.Instant instant) {
        return DateTimeFormatter.ofPattern("d MMM HH:mm", getLocale())
                .format(instant.atZone(clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone()));
    }
}
