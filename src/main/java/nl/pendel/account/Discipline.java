package nl.pendel.account;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The professions in a neighbourhood team. Shown through the bundles ({@code discipline.X}). */
public enum Discipline {
    COMMUNITY_WORKER("opbouwwerker", "community worker"),
    SOCIAL_WORKER("maatschappelijk werker", "social worker"),
    YOUTH_WORKER("jongerenwerker", "youth worker"),
    YOUTH_NURSE("jeugdverpleegkundige", "youth nurse"),
    DEBT_COUNSELLOR("schuldhulpverlener", "debt counsellor"),
    WMO_CONSULTANT("wmo-consulent", "wmo consultant"),
    FAMILY_COACH("gezinscoach", "family coach"),
    ELDERLY_WORKER("ouderenwerker", "elderly worker"),
    MENTAL_HEALTH_NURSE("sociaal psychiatrisch verpleegkundige", "community mental health nurse"),
    NEIGHBOURHOOD_SPORTS_COACH("buurtsportcoach", "neighbourhood sports coach"),
    OTHER("anders", "other");

    private final List<String> names;

    Discipline(String... names) {
        this.names = List.of(names);
    }

    public String translationKey() {
        return "discipline." + name();
    }

    /** Recognises a discipline by its code or its Dutch or English name, as typed in a CSV file. */
    public static Optional<Discipline> parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = normalise(text);
        return Arrays.stream(values())
                .filter(d -> normalise(d.name()).equals(wanted)
                        || d.names.stream().anyMatch(n -> normalise(n).equals(wanted)))
                .findFirst();
    }

    private static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
