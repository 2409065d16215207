package landcover.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthenticatorTest {
    private static final String ADMIN = "admin-token-for-tests-000000";
    private static final String KEY = "client-key-for-tests-1111111";

    private static Authenticator authenticator(boolean keysRequired, Path dir) throws IOException {
        Path keys = Files.writeString(
                dir.resolve("keys.txt"),
                "# issued 2026\n\n" + ApiKeyRing.line("other-key-xxxxxxxxxxxxxxxx", "other") + "\n"
                        + ApiKeyRing.line(KEY, "desktop") + "\n");
        return new Authenticator(TokenHash.of(ADMIN), ApiKeyRing.load(keys), keysRequired);
    }

    private static Optional<String> bearer(String secret) {
        return Optional.of("Bearer " + secret);
    }

    @Test
    void identify_tellsAdminClientUnknownAndAnonymous(@TempDir Path dir) throws IOException {
        Authenticator auth = authenticator(true, dir);
        assertThat(auth.identify(bearer(ADMIN))).isEqualTo(new Caller.Admin());
        assertThat(auth.identify(bearer(KEY))).isEqualTo(new Caller.Client("desktop"));
        assertThat(auth.identify(bearer(KEY + "x"))).isEqualTo(new Caller.Unknown());
        assertThat(auth.identify(Optional.of("Basic " + KEY))).isEqualTo(new Caller.Unknown());
        assertThat(auth.identify(Optional.of("Bearer "))).isEqualTo(new Caller.Unknown());
        assertThat(auth.identify(Optional.empty())).isEqualTo(new Caller.Anonymous());
    }

    @Test
    void requireAdmin_refusesClientsWith403_andOthersWith401(@TempDir Path dir) throws IOException {
        Authenticator auth = authenticator(false, dir);
        assertThat(auth.requireAdmin(bearer(ADMIN))).isEqualTo(new Caller.Admin());
        assertThatThrownBy(() -> auth.requireAdmin(bearer(KEY))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> auth.requireAdmin(bearer("nope")))
                .isInstanceOfSatisfying(
                        AuthenticationException.class,
                        e -> assertThat(e.credentialsPresented()).isTrue());
        assertThatThrownBy(() -> auth.requireAdmin(Optional.empty()))
                .isInstanceOfSatisfying(
                        AuthenticationException.class,
                        e -> assertThat(e.credentialsPresented()).isFalse());
    }

    @Test
    void requireClient_openMode_letsEveryoneThrough(@TempDir Path dir) throws IOException {
        Authenticator auth = authenticator(false, dir);
        assertThat(auth.requireClient(Optional.empty())).isEqualTo(new Caller.Anonymous());
        assertThat(auth.requireClient(bearer("junk"))).isEqualTo(new Caller.Unknown());
    }

    @Test
    void requireClient_keyMode_needsAKeyOrTheAdminToken(@TempDir Path dir) throws IOException {
        Authenticator auth = authenticator(true, dir);
        assertThat(auth.requireClient(bearer(KEY))).isEqualTo(new Caller.Client("desktop"));
        assertThat(auth.requireClient(bearer(ADMIN))).isEqualTo(new Caller.Admin());
        assertThatThrownBy(() -> auth.requireClient(Optional.empty())).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> auth.requireClient(bearer("junk"))).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void apiKeyFile_badLine_isNamed(@TempDir Path dir) throws IOException {
        Path keys = Files.writeString(dir.resolve("keys.txt"), "sha256:abc desktop\n");
        assertThatThrownBy(() -> ApiKeyRing.load(keys))
                .isInstanceOf(SecurityConfigException.class)
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> ApiKeyRing.load(dir.resolve("missing.txt")))
                .isInstanceOf(SecurityConfigException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void tokenHash_comparesInConstantTime_viaMessageDigestIsEqual() {
        // Secrets are compared only through MessageDigest.isEqual (constant time), never equals().
        JavaClass hash = new ClassFileImporter().importClass(TokenHash.class);
        assertThat(hash.getMethod("matches", String.class).getMethodCallsFromSelf())
                .anySatisfy(call -> {
                    assertThat(call.getTargetOwner().getFullName()).isEqualTo("java.security.MessageDigest");
                    assertThat(call.getName()).isEqualTo("isEqual");
                });
        JavaClass ring = new ClassFileImporter().importClass(ApiKeyRing.class);
        assertThat(ring.getMethodCallsFromSelf())
                .noneSatisfy(call -> assertThat(call.getTarget().getFullName()).contains("String.equals"));
        JavaClass authenticator = new ClassFileImporter().importClass(Authenticator.class);
        assertThat(authenticator.getMethodCallsFromSelf())
                .noneSatisfy(call -> assertThat(call.getTarget().getFullName()).contains("String.equals"));
    }

    @Test
    void tokenHash_roundTripsItsStoredForm_andHidesItInToString() {
        TokenHash hash = TokenHash.of("s3cret");
        assertThat(TokenHash.parse(hash.encoded())).isEqualTo(hash);
        assertThat(hash.encoded()).matches("sha256:[0-9a-f]{64}");
        assertThat(hash.toString()).doesNotContain(hash.encoded().substring(7));
    }
}
