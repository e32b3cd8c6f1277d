package nl.pendel.account;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import nl.pendel.security.PendelUser;

/**
 * Whether the signed-in person has given their professional register number, without a database
 * round trip: as it was when they signed in ({@link PendelUser#registerNumberGiven()}), or as they
 * saved it since in this browser session (the profile page records that with {@link #saved}).
 */
public final class OwnRegisterNumber {

    private static final String SAVED = OwnRegisterNumber.class.getName() + ".saved";

    private record Saved(long personId, boolean given) implements Serializable {}

    private OwnRegisterNumber() {}

    public static boolean given(PendelUser user, VaadinSession session) {
        return session.getAttribute(SAVED) instanceof Saved saved && saved.personId() == user.personId()
                ? saved.given()
                : user.registerNumberGiven();
    }

    /** Records that the person saved (or cleared) their register number in this browser session. */
    public static void saved(VaadinSession session, PersonSummary person) {
        session.setAttribute(SAVED, new Saved(person.id(), person.registerNumber() != null));
    }
}
