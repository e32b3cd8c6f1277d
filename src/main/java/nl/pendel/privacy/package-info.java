/**
 * Privacy guard: scans a text that a professional writes about their caseload (homework, plans)
 * for personal data of residents, and reports each finding with its position so the writer can
 * find and remove it. Citizen service numbers and bank account numbers block handing in; phone
 * numbers, e-mail addresses, addresses, dates of birth and residents' names ask the writer to
 * check. Pure text analysis: no database, no network, no other Pendel module.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Privacy guard")
package nl.pendel.privacy;
