package io.nexuszero.common.errors;

import io.dropwizard.jersey.setup.JerseyEnvironment;

/** Registers every mapper that turns an exception into the JSON error contract. */
public final class ExceptionMappers {

    private ExceptionMappers() {
    }

    public static void register(JerseyEnvironment jersey, ErrorMetrics errorMetrics) {
        ErrorRenderer renderer = new ErrorRenderer(errorMetrics);
        jersey.register(new ApiExceptionMapper(renderer));
        jersey.register(new JsonExceptionMapper(renderer));
        jersey.register(new ValidationExceptionMapper(renderer));
        jersey.register(new WebApplicationExceptionMapper(renderer));
        jersey.register(new UnexpectedExceptionMapper(renderer));
    }
}
