package nl.pendel.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import nl.pendel.account.internal.AccountLinkStore;
import nl.pendel.account.internal.AddressLimiter;
import nl.pendel.account.internal.Person;
import nl.pendel.account.internal.PersonRepository;
import nl.pendel.security.PasswordPolicy;
import nl.pendel.security.Roles;
import nl.pendel.security.SecurityLog;
import nl.pendel.security.SignInFailures;
import nl.pendel.security.SignInOptions;
import nl.pendel.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links to choose a password, for local accounts that their owners open themselves: an
 * administrator's invitation, or a reset asked for on "Wachtwoord vergeten?". A link holds a random
 * 256-bit token of which only the SHA-256 hash is stored; it works once, until it expires, for an
 * active person, and a newer link of the same person ends it. The mail goes through the outbox
 * ({@link AccountLinkIssued}). See docs/accounts.md.
 */
@Service
public class AccountLinkService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AccountLinkService.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Duration KEPT_FOR = Duration.ofDays(30);

    private final PersonRepository people;
    private final PersonService personService;
    private final AccountLinkStore links;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final AccountLinkSettings settings;
    /** Whether links are offered at all: not where local sign-in is off (pendel.login.local=false). */
    private final boolean offered;

    private final SignInFailures signInFailures;
    private final AddressLimiter addresses;
    private final Clock clock;
    /** One worker with a bounded queue: a flood of requests can neither wait on nor swamp the database. */
    private final ThreadPoolExecutor background = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1_000),
            work -> {
                Thread thread = new Thread(work, "password-reset-requests");
                thread.setDaemon(true);
                return thread;
            },
            (work, executor) -> log.warn("Password reset request dropped: the queue is full"));

    AccountLinkService(
            PersonRepository people,
            PersonService personService,
            AccountLinkStore links,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            AccountLinkSettings settings,
            SignInFailures signInFailures,
            SignInOptions signInOptions,
            Clock clock) {
        this.offered = signInOptions.localSignIn();
        this.people = people;
        this.personService = personService;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
        this.settings = settings;
        this.signInFailures = signInFailures;
        this.addresses = new AddressLimiter(clock, settings.requestsPerHourPerAddress());
        this.clock = clock;
    }

    /**
     * Mails an invitation to choose a password to each of these people who is active (also when
     * they have a password already: the link lets them choose a new one).
     *
     * @return how many were invited
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public int invite(Collection<Long> personIds) {
        if (!offered) {
            return 0;
        }
        int invited = 0;
        for (Person person : people.findAllById(personIds)) {
            if (person.isActive()) {
                issue(person, LinkPurpose.INVITATION);
                invited++;
            }
        }
        return invited;
    }

    /**
     * Whether people can be invited to choose a password, and ask for a new one: not where local
     * sign-in is off (everyone signs in through single sign-on, {@code pendel.login.local=false}).
     */
    public boolean offered() {
        return offered;
    }

    /** Saves the person (as {@link PersonService#save}) and invites them, all or nothing. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public PersonSummary saveAndInvite(PersonDraft draft) {
        PersonSummary saved = personService.save(draft);
        invite(List.of(saved.id()));
        return saved;
    }

    /** The answer to a "Wachtwoord vergeten?" request: the same for every address typed. */
    public enum ResetRequest {
        /** Taken; a mail goes out if the address belongs to an active account. */
        ACCEPTED,
        /** Too many requests from this network address this hour; nothing is done. */
        TOO_MANY_FROM_ADDRESS
    }

    /**
     * Takes a request for a reset link. The answer does not wait on the work (looking the address
     * up, the limit per account, the mail), which runs in the background, so that neither the
     * answer nor its timing tells whether the address is known. Open to everyone.
     *
     * @param clientAddress the requesting network address, for the limit per address
     */
    public ResetRequest requestReset(@Nullable String email, String clientAddress) {
        if (!offered) {
            return ResetRequest.ACCEPTED;
        }
        if (!addresses.tryAcquire(clientAddress)) {
            SecurityLog.record(
                    SecurityLog.Event.PASSWORD_RESET_REQUESTED, null, outcome("address-limited", clientAddress));
            return ResetRequest.TOO_MANY_FROM_ADDRESS;
        }
        String typed = email == null ? "" : email.strip();
        background.execute(() -> {
            try {
                transactions.executeWithoutResult(status -> handleReset(typed, clientAddress));
            } catch (RuntimeException e) {
                log.warn("Password reset request failed", e);
            }
        });
        return ResetRequest.ACCEPTED;
    }

    private void handleReset(String typed, String clientAddress) {
        Optional<Person> found = typed.isEmpty() || typed.length() > PersonDraft.EMAIL_MAX
                ? Optional.empty()
                : people.findByEmailIgnoreCase(typed.toLowerCase(Locale.ROOT));
        String outcome;
        Long personId = found.map(Person::getId).orElse(null);
        if (found.isEmpty()) {
            // the typed text is not logged: it may be a password typed into the wrong field
            outcome = "unknown-address";
        } else if (!found.get().isActive()) {
            outcome = "inactive";
        } else if (links.countSince(personId, clock.instant().minus(Duration.ofHours(1)))
                >= settings.mailsPerHourPerAccount()) {
            outcome = "account-limited";
        } else {
            issue(found.get(), LinkPurpose.RESET);
            outcome = "mailed";
        }
        SecurityLog.record(SecurityLog.Event.PASSWORD_RESET_REQUESTED, personId, outcome(outcome, clientAddress));
    }

    /** Whose link it is: the address to sign in with, and why it was sent. */
    public record LinkHolder(String email, LinkPurpose purpose) {}

    /** The holder of a link that still works, or empty when it is unknown, used, replaced or expired. */
    @Transactional(readOnly = true)
    public Optional<LinkHolder> open(String token) {
        if (!offered) {
            return Optional.empty();
        }
        return usable(token, false)
                .map(usable ->
                        new LinkHolder(usable.person().getEmail(), usable.link().purpose()));
    }

    /**
     * Sets the password of the link's person and ends the link (and any other of theirs).
     *
     * @return the address to sign in with
     * @throws UserFacingException {@code account-link.error.gone} when the link no longer works,
     *     or the password rule's message
     */
    @Transactional
    public String choosePassword(String token, String password) {
        if (!offered) {
            throw new UserFacingException("account-link.error.gone");
        }
        Usable usable = usable(token, true).orElseThrow(() -> new UserFacingException("account-link.error.gone"));
        PasswordPolicy.problem(password).ifPresent(key -> {
            throw new UserFacingException(key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
        Person person = usable.person();
        Instant now = clock.instant();
        person.setPasswordHash(passwordEncoder.encode(password));
        person.touch(now);
        people.saveAndFlush(person);
        links.endAll(person.getId(), now);
        // the owner proved who they are by the mail: their first sign-in does not wait for strangers
        signInFailures.forgetAccount(person.getId());
        SecurityLog.record(
                usable.link().purpose() == LinkPurpose.INVITATION
                        ? SecurityLog.Event.PASSWORD_SET
                        : SecurityLog.Event.PASSWORD_RESET,
                person.getId(),
                Map.of("link", usable.link().id()));
        return person.getEmail();
    }

    private record Usable(AccountLinkStore.Link link, Person person) {}

    private Optional<Usable> usable(@Nullable String token, boolean lock) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return links.find(hash(token), lock)
                .filter(link -> !link.ended() && link.expiresAt().isAfter(now))
                .flatMap(link -> people.findById(link.personId())
                        .filter(Person::isActive)
                        .map(person -> new Usable(link, person)));
    }

    private void issue(Person person, LinkPurpose purpose) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.validFor(purpose));
        links.forgetBefore(now.minus(settings.invitationValidFor().plus(KEPT_FOR)));
        long linkId = links.replace(person.getId(), purpose, hash(token), now, expiresAt);
        PersonContact to = new PersonContact(
                person.getId(),
                person.getDisplayName(),
                person.getEmail(),
                Locale.forLanguageTag(person.getLocale()),
                person.isActive());
        events.publishEvent(new AccountLinkIssued(linkId, to, purpose, token, expiresAt));
        if (purpose == LinkPurpose.INVITATION) {
            SecurityLog.record(SecurityLog.Event.INVITATION_SENT, person.getId(), Map.of("link", linkId));
        }
    }

    private static Map<String, String> outcome(String outcome, String clientAddress) {
        Map<String, String> details = new java.util.LinkedHashMap<>();
        details.put("outcome", outcome);
        details.put("client", clientAddress);
        return details;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void destroy() {
        background.shutdown();
    }
}
