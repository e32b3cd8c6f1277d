package nl.pendel.account;

/**
 * A password already hashed by {@link PersonService#preparePassword}, for giving many new accounts
 * the same initial password without hashing it again for each (hashing is slow by design).
 */
public final class PreparedPassword {

    private final String hash;

    PreparedPassword(String hash) {
        this.hash = hash;
    }

    String hash() {
        return hash;
    }

    @Override
    public String toString() {
        return "PreparedPassword[hidden]";
    }
}
