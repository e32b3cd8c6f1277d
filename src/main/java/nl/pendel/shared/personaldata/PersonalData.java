package nl.pendel.shared.personaldata;

import java.util.List;

/**
 * One module's part of what Pendel holds about a person, for the privacy rights (AVG): each module
 * that stores personal data in its own tables implements this once (in its {@code internal}
 * package), so it alone knows its tables. The {@code rights} module collects every implementation
 * for the export, the erasure and the retention job, without knowing the modules.
 */
public interface PersonalData {

    /** The name of this part in the export, e.g. {@code "homework"}. */
    String part();

    /**
     * Everything this module holds about the person, as JSON-ready values (maps, lists, strings,
     * numbers, booleans). Coded values (statuses, kinds, roles, disciplines) are given as the
     * person reads them on screen, through {@code labels}, never as Pendel's codes. Called inside
     * the export's transaction, without a signed-in check: the caller has checked who may export
     * whose data.
     */
    Object export(long personId, ExportLabels labels);

    /** Files to put into the export beside the JSON (attachments), with their path in the ZIP. */
    default List<ExportFile> files(long personId) {
        return List.of();
    }

    /**
     * Erases the person's own free texts, drafts and files, keeping anonymous figures (ratings,
     * attendance, counts) so course history still adds up. Called in the erasure's transaction.
     *
     * @return how many rows were deleted or changed
     */
    int erase(long personId);

    /** When this part erases: lower first; the account itself goes last. */
    default int erasureOrder() {
        return 0;
    }

    /** The kinds of data this module deletes once their retention period has passed. */
    default List<RetentionRule> retention() {
        return List.of();
    }
}
