package io.dramatis.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaLocatorTest {

    @TempDir
    Path dir;

    private Path fakeJdk(String name, String version) throws IOException {
        Path home = dir.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Path java = Files.createFile(home.resolve("bin/java"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertThat(java).isExecutable();
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    @Test
    void readsTheFeatureVersionFromTheReleaseFile() throws IOException {
        assertThat(JavaLocator.featureVersion(fakeJdk("a", "25.0.3"))).contains(25);
        assertThat(JavaLocator.featureVersion(fakeJdk("b", "21"))).contains(21);
        assertThat(JavaLocator.featureVersion(fakeJdk("c", "1.8.0_402"))).contains(8);
        assertThat(JavaLocator.featureVersion(dir.resolve("nothing-here"))).isEmpty();
    }

    @Test
    void takesAConfiguredJavaOnlyIfItIsRecentEnough() throws IOException {
        Path modern = fakeJdk("jdk-21", "21.0.5");
        assertThat(JavaLocator.locate(Optional.of(modern))).isEqualTo(modern);

        Path old = fakeJdk("jdk-17", "17.0.15");
        assertThatThrownBy(() -> JavaLocator.locate(Optional.of(old)))
                .isInstanceOf(NodeStartException.class)
                .hasMessageContaining("a Java 17; the embedded Elasticsearch node needs Java 21 or newer");
        assertThatThrownBy(() -> JavaLocator.locate(Optional.of(dir.resolve("missing"))))
                .hasMessageContaining("which is not a Java installation");
    }

    @Test
    void findsAJava21OrNewerOnThisMachine() {
        // The machine has one (the node needs it to run at all); whichever is found must qualify.
        assertThat(JavaLocator.featureVersion(JavaLocator.locate(Optional.empty())).orElse(0))
                .isGreaterThanOrEqualTo(JavaLocator.MINIMUM_FEATURE_VERSION);
    }
}
