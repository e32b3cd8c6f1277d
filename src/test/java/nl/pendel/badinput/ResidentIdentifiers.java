package nl.pendel.badinput;

import java.math.BigInteger;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid identifiers of residents that are new for each call, so that a search of the whole
 * database for one finds only what the write under test stored.
 */
final class ResidentIdentifiers {

    private ResidentIdentifiers() {}

    /** Nine digits passing the eleven-proof (9×d1 + 8×d2 + … + 2×d8 − d9 a multiple of 11). */
    static String bsn() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                int digit = i == 0 ? 1 + random.nextInt(9) : random.nextInt(10);
                digits.append(digit);
                sum += (9 - i) * digit;
            }
            int last = sum % 11;
            if (last < 10) {
                return digits.append(last).toString();
            }
        }
    }

    /** A Dutch IBAN, written without spaces, with a valid ISO 7064 mod-97 checksum. */
    static String iban() {
        String account = String.format("%010d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        String bban = "ABNA" + account;
        // the check digits make (BBAN + "NL" + check) as a number, letters as 10..35, equal 1 modulo 97
        String numeric = (bban + "NL00")
                .chars()
                .mapToObj(c -> Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf((char) c))
                .reduce("", String::concat);
        int check = 98 - new BigInteger(numeric).mod(BigInteger.valueOf(97)).intValue();
        return "NL" + String.format("%02d", check) + bban;
    }
}
