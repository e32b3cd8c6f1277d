/**
 * The privacy rights of the AVG (GDPR): a person downloads all their data (or an administrator does
 * on their behalf), an administrator erases a person (anonymising what course history needs), a
 * retention job deletes each kind of data after its configured period, and an audit of who opened
 * whose scores and who exported or erased whose data. The data itself stays with the modules that
 * own it: each offers a {@link nl.pendel.shared.personaldata.PersonalData}; this module only
 * orchestrates, checks who may, and records what was done.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Privacy rights")
package nl.pendel.rights;
