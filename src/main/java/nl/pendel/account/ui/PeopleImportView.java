package nl.pendel.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import nl.pendel.account.AccountLinkService;
import nl.pendel.account.ImportPreview;
import nl.pendel.account.PeopleImportService;
import nl.pendel.security.Roles;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.TranslatedTitle;

/**
 * Import people from a CSV file: upload, see every row with its problems, then import the rows
 * without problems or cancel. Nothing is stored before "Import".
 */
@Route("beheer/personen/import")
@Menu(title = "menu.import", order = 20, icon = "vaadin:upload")
@RolesAllowed(Roles.ADMIN)
class PeopleImportView extends Div implements TranslatedTitle {

    private final PeopleImportService importService;
    private final Div result = new Div();
    private final Checkbox invite = new Checkbox();
    private ImportPreview preview;

    PeopleImportView(PeopleImportService importService, AccountLinkService links) {
        this.importService = importService;
        // where everyone signs in through single sign-on there is no password to invite to
        invite.setVisible(links.offered());
        addClassName("page");

        Paragraph intro = new Paragraph(getTranslation("import.intro"));
        Pre example = new Pre(getTranslation("import.example"));
        example.addClassName("example");
        UploadHandler handler = event -> {
            byte[] bytes = readLimited(event.getInputStream());
            UI ui = event.getUI();
            ui.access(() -> showPreview(bytes));
        };
        Upload upload = new Upload(handler);
        upload.setI18n(nl.pendel.shared.ui.UploadTexts.of(this));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PeopleImportService.MAX_BYTES);
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        upload.setUploadButton(new Button(getTranslation("import.choose")));
        result.addClassName("import-result");
        add(intro, example, upload, result);
    }

    /** Each line of the file with what is wrong with it. */
    private Grid<ImportPreview.Row> previewGrid(List<ImportPreview.Row> rows) {
        Grid<ImportPreview.Row> grid = new Grid<>();
        grid.addColumn(ImportPreview.Row::line)
                .setHeader(getTranslation("import.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ImportPreview.Row::name).setHeader(getTranslation("person.name"));
        grid.addColumn(ImportPreview.Row::email).setHeader(getTranslation("person.email"));
        grid.addColumn(ImportPreview.Row::disciplineText).setHeader(getTranslation("person.discipline"));
        grid.addColumn(ImportPreview.Row::teamText).setHeader(getTranslation("person.team"));
        grid.addColumn(ImportPreview.Row::registerNumber).setHeader(getTranslation("person.register-number"));
        grid.addColumn(row -> row.ok()
                        ? getTranslation("import.ok")
                        : row.problems().stream().map(this::message).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("import.problems"))
                .setFlexGrow(3);
        grid.setPartNameGenerator(row -> row.ok() ? null : "problem-row");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.WRAP_CELL_CONTENT);
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 25);
        grid.setAriaLabel(getTranslation("import.preview"));
        return grid;
    }

    @Override
    public String titleKey() {
        return "menu.import";
    }

    /** Reads and checks the file and shows what would be imported. Stores nothing. */
    void showPreview(byte[] csv) {
        result.removeAll();
        preview = importService.preview(csv);
        if (preview.fileProblem() != null) {
            Div error = new Div(message(preview.fileProblem()));
            error.addClassName("form-error");
            error.getElement().setAttribute("role", "alert");
            result.add(error);
            return;
        }
        Paragraph summary = new Paragraph(getTranslation(
                "import.summary", preview.rows().size(), preview.importable().size(), preview.problemCount()));
        summary.getElement().setAttribute("role", "status");
        Grid<ImportPreview.Row> grid = previewGrid(preview.rows());

        Button importButton =
                new Button(getTranslation("import.confirm", preview.importable().size()), click -> doImport());
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.setEnabled(!preview.importable().isEmpty());
        Button cancel = new Button(getTranslation("action.cancel"), click -> cancel());
        // asked anew for every file: mailing everyone in it is never a leftover choice
        invite.setValue(false);
        invite.setLabel(getTranslation("import.invite"));
        invite.setHelperText(getTranslation("import.invite.help"));
        Div actions = new Div(cancel, importButton);
        actions.addClassName("toolbar");
        result.add(summary, grid, invite, actions);
    }

    private void doImport() {
        try {
            int count = importService.importRows(preview, invite.getValue());
            Notifications.success(this, invite.getValue() ? "import.done-invited" : "import.done", count);
            cancel();
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
    }

    private void cancel() {
        preview = null;
        result.removeAll();
    }

    private String message(ImportPreview.Problem problem) {
        return getTranslation(problem.key(), problem.arguments().toArray());
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(PeopleImportService.MAX_BYTES + 1);
        // more than the limit is passed on as is; the service refuses it with a message
        return bytes;
    }
}
