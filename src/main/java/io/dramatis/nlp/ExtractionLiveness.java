package io.dramatis.nlp;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Dead if the extraction model failed to load: nothing could be imported until a restart. */
@Liveness
@ApplicationScoped
public class ExtractionLiveness implements HealthCheck {

    private final ExtractionService extraction;

    ExtractionLiveness(ExtractionService extraction) {
        this.extraction = extraction;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Entity extraction")
                .status(!extraction.failedToLoad())
                .withData("model", extraction.state())
                .build();
    }
}
