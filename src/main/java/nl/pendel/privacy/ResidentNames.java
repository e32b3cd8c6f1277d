package nl.pendel.privacy;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Residents' names: a title, family word or role (mevrouw, mevr., mw, meneer, dhr., de heer,
 * familie, fam., gezin, echtpaar, cliënt, bewoner, buurvrouw …), optionally a second one joined
 * by "en", then initials, Dutch and other surname particles (van der, De, 't, El, Ben …) and a
 * capitalised surname, also double-barrelled (Jansen-de Vries). "mevrouw" on its own, "de familie
 * wil", "meneer de wijkagent" and "meneer van Humanitas" are not names. A first name without a
 * title is not recognised.
 */
final class ResidentNames {

    private static final String TITLE = "(?iu:mevrouw|mevr\\.?|mw\\.?|mvr\\.?|meneer|mijnheer|mnr\\.?|dhr\\.?"
            + "|de[ \\t]+heer|familie|fam\\.?|gezin|echtpaar|cliënte|cliënt|client|bewoonster|bewoner"
            + "|buurvrouw|buurman)(?![\\p{L}])";

    private static final String PARTICLE = "(?iu:van|von|de|der|den|des|du|le|la|ter|ten|te|['’]t|in[ \\t]+['’]t"
            + "|el|al|ben|bin|abu|ait|aït|da|di|dos|del|della)";

    private static final String WORD = "\\p{Lu}[\\p{L}'’]+";

    /** A capitalised word that is not itself a particle, with hyphenated parts (Jansen-de Vries). */
    private static final String NAME_WORD =
            "(?!" + PARTICLE + "(?![\\p{L}'’-]))" + WORD + "(?:-(?:" + PARTICLE + "[ \\t]+){0,2}" + WORD + ")*";

    private static final String SURNAME = "(?:" + PARTICLE + "[ \\t]+){0,3}";

    /** The first letters of the titles: only there a name can start. */
    private static final String TITLE_INITIALS = "MmDdFfGgEeCcBb";

    private static final Pattern NAME = Pattern.compile(TITLE + "(?:[ \\t]+en[ \\t]+" + TITLE + ")?"
            + "[ \\t]+(?:\\p{Lu}\\.[ \\t]?){0,4}" + SURNAME + "(?<first>" + NAME_WORD + ")"
            + "(?:[ \\t]+" + SURNAME + "(?<second>" + NAME_WORD + "))?");

    /**
     * Capitalised words after a title that are no surname: organisations residents deal with,
     * nationalities, and words that start a sentence.
     */
    private static final String NOT_A_NAME_WORDS =
            "Humanitas Gemeente Stichting Leger Veilig Thuis Sociaal Wijkteam Buurtteam "
                    + "Jeugdzorg Thuiszorg Zorggroep Kredietbank Voedselbank Belastingdienst "
                    + "Vluchtelingenwerk Schuldhulpmaatje Woningcorporatie Centraal Eigen Nederlandse "
                    + "Nederlands Turkse Marokkaanse Syrische Surinaamse Antilliaanse Poolse Eritrese "
                    + "Somalische Afghaanse Oekraïense Iraakse Iraanse Koerdische Bulgaarse Roemeense "
                    + "Ghanese Chinese Duitse Belgische Arabische Engelse Ik Ze Zij Hij Het Een Wij Dat "
                    + "Die Deze Dit Er En Maar Ook Toen Daarna Nu Wel Niet Geen";

    private static final Set<String> NOT_A_NAME = Set.of(NOT_A_NAME_WORDS.split(" "));

    private ResidentNames() {}

    static void find(String text, Findings out) {
        Matcher m = NAME.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int i = 0;
        while (i < text.length()) {
            if (startsWord(text, i)
                    && TITLE_INITIALS.indexOf(text.charAt(i)) >= 0
                    && m.region(i, text.length()).lookingAt()
                    && isName(m.group("first"))) {
                int end = m.group("second") != null && isName(m.group("second")) ? m.end("second") : m.end("first");
                out.add(FindingKind.RESIDENT_NAME, i, end);
                i = end;
            } else {
                i++;
            }
        }
    }

    private static boolean startsWord(String text, int i) {
        return i == 0 || !Character.isLetter(text.charAt(i - 1));
    }

    private static boolean isName(String word) {
        String head = word.split("-", 2)[0];
        boolean allCapitals = word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return !allCapitals && !NOT_A_NAME.contains(head);
    }
}
