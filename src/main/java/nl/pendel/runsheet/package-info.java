/**
 * Run sheets (draaiboeken): per course and meeting the agenda items with their minutes, who leads
 * each (trainer, co-trainer, a guest, everyone) and what is needed; read from the programme's
 * agenda until a trainer of the course first changes it, then the course's own copy. Times follow
 * from the start of a chosen session. For the course's trainers and administrators only; a PDF
 * to print. See docs/decisions/0015-run-sheet.md.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Run sheet")
package nl.pendel.runsheet;
