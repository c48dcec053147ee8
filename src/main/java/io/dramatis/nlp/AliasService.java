package io.dramatis.nlp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The live alias table: the app's default until an operator saves their own, kept in the
 * database so that every instance reads the same one.
 */
@ApplicationScoped
public class AliasService {

    private final EntityManager entityManager;

    AliasService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public AliasTable current() {
        List<?> saved = entityManager.createNativeQuery("select content from alias_table where id = 1")
                .getResultList();
        if (saved.isEmpty()) {
            return AliasTable.defaults();
        }
        try {
            return AliasTable.parse((String) saved.get(0));
        } catch (AliasTable.InvalidAliasException e) {
            throw new IllegalStateException("The saved alias table is invalid (" + e.getMessage() + ")", e);
        }
    }

    /** When an operator last saved a table, if ever: instances compare it to follow each other's edits. */
    @Transactional
    public Optional<Instant> savedAt() {
        List<?> saved = entityManager.createNativeQuery("select updated_at from alias_table where id = 1")
                .getResultList();
        return saved.isEmpty() ? Optional.empty() : Optional.of(toInstant(saved.get(0)));
    }

    private static Instant toInstant(Object timestamp) {
        return timestamp instanceof java.sql.Timestamp sql ? sql.toInstant()
                : timestamp instanceof java.time.LocalDateTime local ? java.sql.Timestamp.valueOf(local).toInstant()
                : (Instant) timestamp;
    }

    /** Validates and saves the text form; answers the table it describes. */
    @Transactional
    public AliasTable save(String text) throws AliasTable.InvalidAliasException {
        AliasTable table = AliasTable.parse(text);
        String content = table.format();
        int updated = entityManager.createNativeQuery("update alias_table set content = ?1, updated_at = ?2 where id = 1")
                .setParameter(1, content).setParameter(2, Instant.now()).executeUpdate();
        if (updated == 0) {
            entityManager.createNativeQuery("insert into alias_table (id, content, updated_at) values (1, ?1, ?2)")
                    .setParameter(1, content).setParameter(2, Instant.now()).executeUpdate();
        }
        return table;
    }
}
