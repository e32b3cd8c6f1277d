package nl.pendel.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.plan.SectionSave;

/**
 * Two people changed the same section: the writer's text and the one saved in between side by
 * side, and a third field to merge them. Nothing is saved until the writer chooses.
 */
class ConflictDialog extends Dialog {

    enum Kind {
        MINE,
        THEIRS,
        MERGED
    }

    record Choice(Kind kind, String text) {}

    ConflictDialog(String sectionTitle, SectionSave.Conflict conflict, Consumer<Choice> chosen) {
        setHeaderTitle(getTranslation("plan.conflict.title", sectionTitle));
        setWidth("min(72rem, 100vw)");
        setCloseOnOutsideClick(false);
        addClassName("plan-conflict");
        Paragraph intro = new Paragraph(getTranslation("plan.conflict.intro", conflict.theirAuthor()));
        TextArea mine = readOnly(getTranslation("plan.conflict.mine"), conflict.mine());
        mine.setId("conflict-mine");
        TextArea theirs = readOnly(getTranslation("plan.conflict.theirs", conflict.theirAuthor()), conflict.theirs());
        theirs.setId("conflict-theirs");
        TextArea merged = new TextArea(getTranslation("plan.conflict.merged"));
        merged.setId("conflict-merged");
        merged.setMaxLength(PlanSectionService.SECTION_MAX);
        merged.setWidthFull();
        merged.setValue(conflict.theirs().strip() + "\n\n" + conflict.mine().strip());
        Div columns = new Div(mine, theirs);
        columns.addClassName("conflict-columns");
        add(intro, columns, merged);

        Button keepMine =
                new Button(getTranslation("plan.conflict.keep-mine"), e -> choose(chosen, Kind.MINE, conflict.mine()));
        keepMine.setId("conflict-keep-mine");
        Button keepTheirs = new Button(
                getTranslation("plan.conflict.keep-theirs", conflict.theirAuthor()),
                e -> choose(chosen, Kind.THEIRS, conflict.theirs()));
        keepTheirs.setId("conflict-keep-theirs");
        Button saveMerged = new Button(
                getTranslation("plan.conflict.save-merged"), e -> choose(chosen, Kind.MERGED, merged.getValue()));
        saveMerged.setId("conflict-save-merged");
        saveMerged.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(keepTheirs, keepMine, saveMerged);
    }

    private void choose(Consumer<Choice> chosen, Kind kind, String text) {
        close();
        chosen.accept(new Choice(kind, text));
    }

    private static TextArea readOnly(String label, String text) {
        TextArea area = new TextArea(label);
        area.setValue(text);
        area.setReadOnly(true);
        area.setWidthFull();
        return area;
    }
}
