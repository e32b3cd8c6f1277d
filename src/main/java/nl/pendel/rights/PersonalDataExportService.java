package nl.pendel.rights;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.pendel.account.OwnAccountService;
import nl.pendel.account.PersonService;
import nl.pendel.account.PersonSummary;
import nl.pendel.rights.internal.PrivacyLog;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Roles;
import nl.pendel.shared.Translations;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.personaldata.ExportFile;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The right of access and to data portability: everything Pendel holds about a person, as one
 * machine-readable JSON file in a ZIP with their attachments, with statuses, kinds, roles and
 * disciplines worded as on screen in that person's language. A person exports their own data; an
 * administrator exports anyone's on their behalf. Every export is recorded (who, whose, when) in
 * the same transaction.
 */
@Service
@Transactional
public class PersonalDataExportService {

    /** The JSON file's name inside the ZIP. */
    public static final String JSON_NAME = "gegevens.json";

    static final String FORMAT = "pendel-persoonsgegevens-1";

    private final List<PersonalData> parts;
    private final PrivacyLog log;
    private final PersonService people;
    private final OwnAccountService ownAccount;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final Clock clock;
    private final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    PersonalDataExportService(
            List<PersonalData> parts,
            PrivacyLog log,
            PersonService people,
            OwnAccountService ownAccount,
            CurrentUser currentUser,
            Translations translations,
            Clock clock) {
        this.parts =
                parts.stream().sorted(Comparator.comparing(PersonalData::part)).toList();
        this.log = log;
        this.people = people;
        this.ownAccount = ownAccount;
        this.currentUser = currentUser;
        this.translations = translations;
        this.clock = clock;
    }

    /** The signed-in person's own data. */
    @PreAuthorize("isAuthenticated()")
    public DataExport exportMine() {
        PendelUser me = currentUser.require();
        return export(me.personId(), me.personId(), ownAccount.me().locale());
    }

    /**
     * Someone's data, downloaded by an administrator on their behalf.
     *
     * @throws UserFacingException when there is no such person
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public DataExport exportFor(long personId) {
        PersonSummary person = people.find(personId).orElseThrow(() -> new UserFacingException("error.not-found"));
        return export(personId, currentUser.require().personId(), person.locale());
    }

    /** The export, its coded values worded in the language of the person it is about. */
    private DataExport export(long personId, long actorId, String language) {
        ExportLabels labels = new ExportLabels(translations, Locale.forLanguageTag(language));
        Instant now = clock.instant();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("person_id", personId);
        document.put("exported_at", now.toString());
        for (PersonalData part : parts) {
            document.put(part.part(), part.export(personId, labels));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int files = 0;
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(JSON_NAME));
            zip.write(json.writeValueAsBytes(document));
            zip.closeEntry();
            Set<String> paths = new HashSet<>();
            for (PersonalData part : parts) {
                for (ExportFile file : part.files(personId)) {
                    if (paths.add(file.path())) {
                        zip.putNextEntry(new ZipEntry(file.path()));
                        zip.write(file.content());
                        zip.closeEntry();
                        files++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] content = bytes.toByteArray();
        log.recordExport(personId, actorId, now, content.length, files);
        String day = LocalDate.ofInstant(now, ZoneId.of("Europe/Amsterdam")).toString();
        return new DataExport("pendel-gegevens-" + personId + "-" + day + ".zip", content, files);
    }
}
