package nl.pendel.account.internal;

import java.util.Locale;
import nl.pendel.security.PendelUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks people up by e-mail address for sign-in. People without a password cannot sign in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

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
        return new PendelUser(
                person.getId(),
                person.getEmail(),
                person.getDisplayName(),
                person.getTeamId(),
                Locale.of(person.getLocale()),
                person.getRoles(),
                person.isActive(),
                person.getPasswordHash(),
                person.getRegisterNumber() != null);
    }
}
