package nl.pendel.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import nl.pendel.privacy.FindingKind;
import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void a_text_with_a_citizen_service_number_is_refused_naming_it_for_the_writer_and_never_in_a_log_line() {
        IdentifierRefused refused = catchThrowableOfType(
                IdentifierRefused.class, () -> StorableText.check("Haar bsn is 111 222 333, zei ze."));

        assertThat(refused.kind()).isEqualTo(FindingKind.BSN);
        assertThat(refused.messageKey()).isEqualTo("privacy.refused");
        assertThat(refused.arguments()).containsExactly("BSN", "111 222 333");
        assertThat(refused.getMessage()).doesNotContain("111");
        assertThat(refused.toString()).doesNotContain("222");
    }

    @Test
    void a_text_with_an_iban_is_refused() {
        IdentifierRefused refused = catchThrowableOfType(
                IdentifierRefused.class, () -> StorableText.check("Huur gaat van NL91 ABNA 0417 1643 00 af."));

        assertThat(refused.kind()).isEqualTo(FindingKind.IBAN);
    }

    @Test
    void texts_without_one_pass_also_a_phone_number_a_number_failing_the_eleven_proof_and_nothing() {
        assertThatCode(() -> StorableText.checkAll(
                        Arrays.asList("Bel de buurtwerker op 06-12345678.", "Dossier 123456789 is dicht.", "", null)))
                .doesNotThrowAnyException();
        assertThat(catchThrowableOfType(
                        IdentifierRefused.class, () -> StorableText.checkAll(List.of("schoon", "bsn 111222333"))))
                .isNotNull();
    }
}
