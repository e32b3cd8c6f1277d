package nl.pendel.course;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import nl.pendel.shared.Filled;
import nl.pendel.shared.OneLine;
import org.jspecify.annotations.Nullable;

/** What the meeting form edits: a course's own copy of one meeting. */
public class MeetingDraft {

    public static final int TITLE_MAX = 200;
    public static final int THEME_MAX = 2_000;
    public static final int INSTRUCTIONS_MAX = 20_000;
    public static final int AGENDA_ITEM_MAX = 500;

    private long id;
    private long version;

    @Filled(message = "{validation.required}")
    @Size(max = TITLE_MAX, message = "{validation.max-length}")
    @OneLine
    private String title = "";

    @Size(max = THEME_MAX, message = "{validation.max-length}")
    private String theme = "";

    @Filled(message = "{validation.required}")
    @Size(max = TITLE_MAX, message = "{validation.max-length}")
    @OneLine
    private String preparationTitle = "";

    @Size(max = INSTRUCTIONS_MAX, message = "{validation.max-length}")
    private String preparationInstructions = "";

    private List<String> agenda = new ArrayList<>();

    /** Whether the preparation asks for themes from the course's caseload theme list. */
    private boolean asksCaseloadThemes;

    public static MeetingDraft of(CourseDetails.Meeting meeting) {
        MeetingDraft draft = new MeetingDraft();
        draft.id = meeting.id();
        draft.version = meeting.version();
        draft.title = meeting.title();
        draft.theme = meeting.theme();
        draft.preparationTitle = meeting.preparationTitle();
        draft.preparationInstructions = meeting.preparationInstructions();
        draft.agenda = new ArrayList<>(meeting.agenda());
        draft.asksCaseloadThemes = meeting.asksCaseloadThemes();
        return draft;
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title == null ? "" : title;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(@Nullable String theme) {
        this.theme = theme == null ? "" : theme;
    }

    public String getPreparationTitle() {
        return preparationTitle;
    }

    public void setPreparationTitle(@Nullable String preparationTitle) {
        this.preparationTitle = preparationTitle == null ? "" : preparationTitle;
    }

    public String getPreparationInstructions() {
        return preparationInstructions;
    }

    public void setPreparationInstructions(@Nullable String preparationInstructions) {
        this.preparationInstructions = preparationInstructions == null ? "" : preparationInstructions;
    }

    public List<String> getAgenda() {
        return agenda;
    }

    public void setAgenda(@Nullable List<String> agenda) {
        this.agenda = agenda == null ? new ArrayList<>() : new ArrayList<>(agenda);
    }

    public boolean isAsksCaseloadThemes() {
        return asksCaseloadThemes;
    }

    public void setAsksCaseloadThemes(boolean asksCaseloadThemes) {
        this.asksCaseloadThemes = asksCaseloadThemes;
    }

    /** The agenda as text, one item per line. */
    public String getAgendaText() {
        return String.join("\n", agenda);
    }

    public void setAgendaText(@Nullable String text) {
        this.agenda = text == null
                ? new ArrayList<>()
                : new ArrayList<>(text.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList());
    }
}
