package nl.pendel.programme;

import java.util.List;

/**
 * One thing wrong with a course-content file.
 *
 * @param file the file, relative to the course-content folder
 * @param field the field, e.g. {@code meetings[2].title} (lists count from 1); empty for the file
 *     as a whole
 * @param messageKey translation key of what is wrong
 * @param arguments the message's arguments
 */
public record ContentProblem(String file, String field, String messageKey, List<String> arguments) {

    public ContentProblem {
        arguments = List.copyOf(arguments);
    }
}
