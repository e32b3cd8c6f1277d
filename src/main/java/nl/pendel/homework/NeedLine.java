package nl.pendel.homework;

/**
 * A recurring question on the common needs board: how many participants see it, in how many
 * cases together. Anonymous: no names.
 *
 * @param own the participants' own wording, not one of the course's themes
 */
public record NeedLine(String label, boolean own, int participants, int cases) {}
