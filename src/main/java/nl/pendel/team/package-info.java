/**
 * Organisations (the employers) and teams (one WIJ-team per district). Other modules refer to
 * them by id and read them through {@link nl.pendel.team.TeamService}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Teams and organisations")
package nl.pendel.team;
