package nl.pendel.journeys;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.RadioButtonsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One random thing a person does on the page in front of them: click a button, type into a
 * field, pick from a list, act on a grid row, switch tabs, answer a dialog. What it types ranges
 * over ordinary text and input off the happy path.
 */
final class Monkey {

    /** Buttons the random run leaves alone: signing out ends the run's session. */
    private static final Set<String> LEFT_ALONE = Set.of("Uitloggen", "Sign out");

    /** The property a field saved while typing holds the hash of its stored text in (UnsavedWork). */
    private static final String STORED_HASH = "pendelStoredHash";

    private static final List<String> TEXTS = List.of(
            "Huisbezoek bij een gezin met schulden; samen met de schuldhulp opgepakt.",
            "",
            "   ",
            "Yılmaz, Şahin, Łukasz en Zoë: namen uit de wijk, zonder BSN.",
            "111222333",
            "BSN 111222333 van de bewoner",
            "NL91ABNA0417164300",
            "<script>alert('x')</script> **vet** _schuin_ [link](javascript:alert(1))",
            "'; drop table course; --",
            "😀👍🏽 emoji in een zin",
            "مرحبا بالجيران",
            "regel een\nregel twee\n\n- punt\n- punt",
            "x".repeat(5_000),
            "Lange tekst ".repeat(2_000),
            "-1",
            "0",
            "99999999999999999999");

    private final Random random;
    private final Clock clock;
    private final Map<String, Integer> counts = new TreeMap<>();
    private @Nullable Typed typed;

    Monkey(Random random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    /** Does one thing and says what; null when there is nothing to do on this screen. */
    @Nullable
    String act() {
        Component top = topmost();
        List<ConfirmDialog> confirms = LocatorJ._find(ConfirmDialog.class).stream()
                .filter(ConfirmDialog::isOpened)
                .toList();
        if (!confirms.isEmpty()) {
            ConfirmDialog confirm = confirms.getLast();
            boolean yes = random.nextInt(3) > 0;
            if (yes) {
                ConfirmDialogKt._fireConfirm(confirm);
            } else {
                ConfirmDialogKt._fireCancel(confirm);
            }
            return count("confirm dialog", (yes ? "confirm " : "cancel ") + ConfirmDialogKt.getHeader(confirm));
        }
        List<Button> buttons = usable(top, Button.class).stream()
                .filter(b -> !LEFT_ALONE.contains(b.getText()))
                .toList();
        List<Component> fields = usable(top, Component.class).stream()
                .filter(c -> c instanceof HasValue<?, ?> field && !field.isReadOnly())
                .toList();
        List<Grid> grids = usable(top, Grid.class).stream()
                .filter(g -> GridKt._size(g) > 0)
                .toList();
        List<Tabs> tabs = usable(top, Tabs.class);
        // what can be done here, weighted: typing and clicking most, rows and tabs now and then
        int fill = fields.isEmpty() ? 0 : 40;
        int click = buttons.isEmpty() ? 0 : 35;
        int row = grids.isEmpty() ? 0 : 15;
        int tab = tabs.isEmpty() ? 0 : 5;
        int close = top instanceof Dialog ? 5 : 0;
        int total = fill + click + row + tab + close;
        if (total == 0) {
            return null;
        }
        int dice = random.nextInt(total);
        if ((dice -= fill) < 0) {
            return fillSomething(fields);
        }
        if ((dice -= click) < 0) {
            return clickSomething(buttons);
        }
        if ((dice -= row) < 0) {
            return gridRow(grids);
        }
        if ((dice -= tab) < 0) {
            return switchTab(tabs);
        }
        ((Dialog) top).close();
        return count("close dialog", "close the dialog");
    }

    /**
     * A text typed into a field that is saved while typing ({@code UnsavedWork}), and whether the
     * server says it stored it.
     */
    record Typed(String label, String text, boolean stored) {}

    /** The text typed into a field saved while typing by the last action, if it did so. */
    @Nullable
    Typed takeTyped() {
        Typed last = typed;
        typed = null;
        return last;
    }

    String counts() {
        return counts.toString();
    }

    private String clickSomething(List<Button> buttons) {
        Button button = buttons.get(random.nextInt(buttons.size()));
        String name = describe(button);
        com.github.mvysny.kaributesting.v10.ButtonKt._click(button);
        return count("click", "click " + name);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private String fillSomething(List<Component> fields) {
        Component field = fields.get(random.nextInt(fields.size()));
        Object value;
        switch (field) {
            case IntegerField f -> value = List.of(-5, 0, 1, 3, 10, 1_000_000).get(random.nextInt(6));
            case NumberField f -> value = List.of(-1.5, 0.0, 2.5, 1e9).get(random.nextInt(4));
            case TextFieldBase<?, ?> f -> value = text();
            case DatePicker f ->
                value = random.nextInt(8) == 0 ? null : LocalDate.now(clock).plusDays(random.nextInt(800) - 400);
            case TimePicker f ->
                value = random.nextInt(8) == 0 ? null : LocalTime.of(random.nextInt(24), 15 * random.nextInt(4));
            case Checkbox f -> value = !f.getValue();
            case MultiSelectComboBox<?> f ->
                value = someOf(f.getListDataView().getItems().toList());
            case ComboBox<?> f -> value = oneOf(ComboBoxKt.getSuggestionItems(f));
            // a Select offers no empty choice unless it says so: a user cannot pick "nothing" there
            case Select<?> f ->
                value = f.isEmptySelectionAllowed()
                        ? oneOf(ComboBoxKt.getSuggestionItems(f))
                        : oneOfNotNull(ComboBoxKt.getSuggestionItems(f));
            case RadioButtonGroup<?> f -> value = oneOf(RadioButtonsKt.getItems(f));
            case CheckboxGroup<?> f ->
                value = someOf(f.getListDataView().getItems().toList());
            default -> {
                return count("unknown field", "leave " + field.getClass().getSimpleName() + " alone");
            }
        }
        HasValueUtilsKt._setValue((HasValue) field, value);
        if (value instanceof String text && field.getElement().hasProperty(STORED_HASH)) {
            double stored = field.getElement().getProperty(STORED_HASH, Double.NaN);
            typed = new Typed(
                    field.getElement().getProperty("label", ""),
                    text,
                    (int) stored == text.replace("\r", "").hashCode());
        }
        String shown = String.valueOf(value);
        return count(
                "fill",
                "set " + describe(field) + " to "
                        + (shown.length() > 40 ? shown.substring(0, 40) + "… (" + shown.length() + ")" : shown));
    }

    private String gridRow(List<Grid> grids) {
        @SuppressWarnings("unchecked")
        Grid<Object> grid = grids.get(random.nextInt(grids.size()));
        int row = random.nextInt(GridKt._size(grid));
        Object item = GridKt._get(grid, row);
        List<Button> buttons = new ArrayList<>();
        for (Grid.Column<Object> column : grid.getColumns()) {
            if (column.isVisible() && column.getRenderer() instanceof ComponentRenderer<?, Object> renderer) {
                collect(renderer.createComponent(item), buttons);
            }
        }
        if (!buttons.isEmpty() && random.nextBoolean()) {
            Button button = buttons.get(random.nextInt(buttons.size()));
            if (button.isEnabled()) {
                ComponentUtil.fireEvent(button, new ClickEvent<>(button));
                return count("grid button", "click " + describe(button) + " in row " + row);
            }
        }
        GridKt._clickItem(grid, row, 1, false, false, false, false);
        return count("grid row", "click row " + row);
    }

    private String switchTab(List<Tabs> tabs) {
        Tabs chosen = tabs.get(random.nextInt(tabs.size()));
        int index = random.nextInt(Math.max(1, chosen.getComponentCount()));
        chosen.setSelectedIndex(index);
        return count("tab", "tab " + index);
    }

    /**
     * The open dialog on top, else the screen itself (the menu and the language switch around it
     * are left to the navigation of the run).
     */
    private static Component topmost() {
        List<Dialog> dialogs =
                LocatorJ._find(Dialog.class).stream().filter(Dialog::isOpened).toList();
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        Component view = ui.getCurrentView();
        return !dialogs.isEmpty() ? dialogs.getLast() : view == null ? ui : view;
    }

    private static <T extends Component> List<T> usable(Component top, Class<T> type) {
        return LocatorJ._find(top, type).stream()
                .filter(BasicUtilsKt::isEffectivelyVisible)
                .filter(BasicUtilsKt::isEffectivelyEnabled)
                .toList();
    }

    private static void collect(Component component, List<Button> buttons) {
        if (component instanceof Button button) {
            buttons.add(button);
        }
        component.getChildren().forEach(child -> collect(child, buttons));
    }

    private String text() {
        String text = TEXTS.get(random.nextInt(TEXTS.size()));
        return random.nextInt(4) == 0 ? text + " " + random.nextInt(1000) : text;
    }

    private Object oneOf(List<?> items) {
        return items.isEmpty() || random.nextInt(10) == 0 ? null : items.get(random.nextInt(items.size()));
    }

    private Object oneOfNotNull(List<?> items) {
        return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
    }

    private Set<Object> someOf(List<?> items) {
        Set<Object> chosen = new HashSet<>();
        items.stream().filter(i -> random.nextInt(3) == 0).forEach(chosen::add);
        return chosen;
    }

    private static String describe(Component component) {
        String label = Stream.of(
                        component.getElement().getProperty("label"),
                        component.getElement().getAttribute("aria-label"),
                        component instanceof Button b ? b.getText() : null,
                        component.getClass().getSimpleName())
                .filter(s -> s != null && !s.isBlank())
                .findFirst()
                .orElse("?");
        return "\"" + label + "\"";
    }

    private String count(String kind, String description) {
        counts.merge(kind, 1, Integer::sum);
        return description;
    }
}
