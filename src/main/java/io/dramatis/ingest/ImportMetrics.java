package io.dramatis.ingest;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Imports as Prometheus sees them ({@code /q/metrics}): items by outcome, from which the rate
 * and the failures follow ({@code rate(dramatis_import_items_total[1m])}).
 */
@ApplicationScoped
public class ImportMetrics {

    private final Counter imported;
    private final Counter duplicates;
    private final Counter failed;

    ImportMetrics(MeterRegistry registry) {
        this.imported = counter(registry, "imported");
        this.duplicates = counter(registry, "duplicate");
        this.failed = counter(registry, "failed");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("dramatis.import.items").description("Import items processed, by outcome")
                .tag("outcome", outcome).register(registry);
    }

    /** Counts a committed batch; a batch rolled back is counted when it commits on a retry. */
    void counted(int importedItems, int duplicateItems, int failedItems) {
        imported.increment(importedItems);
        duplicates.increment(duplicateItems);
        failed.increment(failedItems);
    }
}
