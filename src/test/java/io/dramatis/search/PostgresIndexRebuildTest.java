package io.dramatis.search;

import io.dramatis.testsupport.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same tests, on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresIndexRebuildTest extends IndexRebuildTest {
}
