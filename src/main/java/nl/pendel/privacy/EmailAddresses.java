package nl.pendel.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses. General addresses of organisations (info@, secretariaat@, aanmelden@ …) name
 * no one and are left alone; every other address may be a person's.
 */
final class EmailAddresses {

    /** The domain after the @; the local part before it is read backwards from the @. */
    private static final Pattern DOMAIN = Pattern.compile("@(?:[\\p{L}\\d-]+\\.)+\\p{L}{2,}(?![\\p{L}\\d@])");

    private static final Set<String> GENERAL = Set.of(
            "info",
            "contact",
            "secretariaat",
            "administratie",
            "helpdesk",
            "servicedesk",
            "service",
            "klantenservice",
            "noreply",
            "no-reply",
            "receptie",
            "support",
            "aanmelden",
            "aanmelding",
            "aanmeldingen",
            "post",
            "vragen",
            "office",
            "balie",
            "redactie",
            "privacy",
            "webmaster");

    private EmailAddresses() {}

    static void find(String text, Findings out) {
        Matcher domain = DOMAIN.matcher(text);
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && isLocalPart(text.charAt(start - 1))) {
                start--;
            }
            if (start == at || !domain.region(at, text.length()).lookingAt()) {
                continue;
            }
            String local = text.substring(start, at);
            if (!GENERAL.contains(local.toLowerCase(Locale.ROOT))) {
                out.add(FindingKind.EMAIL, start, domain.end());
            }
        }
    }

    private static boolean isLocalPart(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }
}
