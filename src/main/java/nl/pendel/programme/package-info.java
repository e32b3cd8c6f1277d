/**
 * Programmes and their content: the competence frameworks, plan templates and programmes written
 * in {@code course-content/}, loaded at start-up into immutable, numbered versions. Read through
 * {@link nl.pendel.programme.ProgrammeService}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Programmes")
package nl.pendel.programme;
