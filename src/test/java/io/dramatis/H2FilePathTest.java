package io.dramatis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class H2FilePathTest {

    @Test
    void makesTheDatabasePathAbsoluteWhateverTheDataFolderLooksLike() {
        String cwd = Path.of("").toAbsolutePath().toString();
        assertThat(H2FilePath.absolute("jdbc:h2:file:data/db/dramatis;DB_CLOSE_ON_EXIT=FALSE"))
                .isEqualTo("jdbc:h2:file:" + cwd + "/data/db/dramatis;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(H2FilePath.absolute("jdbc:h2:file:./data/db/dramatis"))
                .isEqualTo("jdbc:h2:file:" + cwd + "/data/db/dramatis");
        assertThat(H2FilePath.absolute("jdbc:h2:file:/var/lib/dramatis/db/dramatis;X=1"))
                .isEqualTo("jdbc:h2:file:/var/lib/dramatis/db/dramatis;X=1");
        assertThat(H2FilePath.absolute("jdbc:h2:file:~/db")).isEqualTo("jdbc:h2:file:~/db");
    }
}
