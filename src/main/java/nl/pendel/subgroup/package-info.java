/**
 * The interdisciplinary subgroups of a course: composing them so that disciplines and
 * organisations are spread evenly, moving people by hand, and the balance of each subgroup.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Subgroups")
package nl.pendel.subgroup;
