package org.clusterdev.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class AdministratorSetupIntegrationTests {

    @Autowired
    SetupTokens setupTokens;

    @Autowired
    AdministratorSetup setup;

    @Test
    void aSetupTokenWorksOnlyOnce() {
        String token = setupTokens.issue();
        assertThat(setupTokens.isValid(token)).isTrue();
        assertThat(setupTokens.consume(token)).isTrue();
        assertThat(setupTokens.isValid(token)).isFalse();
        assertThat(setupTokens.consume(token)).isFalse();
        assertThat(setupTokens.isValid("made-up")).isFalse();
    }

    @Test
    void refusesASecondAdministratorThroughTheSetupPage() {
        String token = setupTokens.issue();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> setup.completeSetup(token, "intruder", "a long enough passphrase"))
                .withMessageContaining("invalid, expired or already used");
    }
}
