package nl.pendel.account.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.security.PendelUser;
import nl.pendel.security.SignedInAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks people up by e-mail address for sign-in (people without a password cannot sign in), and by
 * id to recheck the open sessions and pages of signed-in people.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, SignedInAccounts {

    private final PersonRepository people;

    AccountUserDetailsService(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String email = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Person person = people.findByEmailIgnoreCase(email)
                .filter(p -> p.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
        return user(person);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, PendelUser> current(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return people.findWithRolesByIdIn(personIds).stream()
                .map(AccountUserDetailsService::user)
                .collect(Collectors.toMap(PendelUser::personId, Function.identity()));
    }

    static PendelUser user(Person person) {
        return new PendelUser(
                person.getId(),
                person.getEmail(),
                person.getDisplayName(),
                person.getTeamId(),
                Locale.of(person.getLocale()),
                person.getRoles(),
                person.isActive(),
                person.getPasswordHash(),
                person.getRegisterNumber() != null,
                person.getSessionGeneration());
    }
}
