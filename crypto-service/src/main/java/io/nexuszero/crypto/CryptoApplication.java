package io.nexuszero.crypto;

import com.fasterxml.jackson.databind.DeserializationFeature;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import io.nexuszero.common.NexusZeroBundle;
import io.nexuszero.common.openapi.OpenApiResource;
import io.nexuszero.crypto.auth.ApiTokens;
import io.nexuszero.crypto.auth.BearerTokenFilter;
import io.nexuszero.crypto.core.CustomParameters;
import io.nexuszero.crypto.core.ParameterSets;
import io.nexuszero.crypto.core.benchmark.BenchmarkService;
import io.nexuszero.crypto.core.evaluation.EvaluationService;
import io.nexuszero.crypto.core.keys.KeyCache;
import io.nexuszero.crypto.core.keys.KeyDerivation;
import io.nexuszero.crypto.core.keys.KeyService;
import io.nexuszero.crypto.core.keys.MasterSecret;
import io.nexuszero.crypto.core.pq.KemService;
import io.nexuszero.crypto.core.pq.SignatureService;
import io.nexuszero.crypto.core.proofs.ProofService;
import io.nexuszero.crypto.core.proofs.VerificationReasons;
import io.nexuszero.crypto.core.proofs.VerificationService;
import io.nexuszero.crypto.core.security.ParameterSetEstimation;
import io.nexuszero.crypto.engine.params.ParameterValidator;
import io.nexuszero.crypto.health.EngineSelfTestHealthCheck;
import io.nexuszero.crypto.health.EngineSelfTests;
import io.nexuszero.crypto.metrics.KemMetrics;
import io.nexuszero.crypto.metrics.KeyMetrics;
import io.nexuszero.crypto.metrics.ProofMetrics;
import io.nexuszero.crypto.metrics.SignatureMetrics;
import io.nexuszero.crypto.resources.BenchmarkResource;
import io.nexuszero.crypto.resources.KeyResource;
import io.nexuszero.crypto.resources.ParameterSetResource;
import io.nexuszero.crypto.resources.ProofResource;
import io.nexuszero.crypto.resources.SecurityResource;
import io.nexuszero.crypto.resources.SignatureResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class CryptoApplication extends Application<CryptoConfiguration> {

    public static final String SERVICE_NAME = "crypto-service";
    private static final Logger LOG = LoggerFactory.getLogger(CryptoApplication.class);

    private final NexusZeroBundle<CryptoConfiguration> nexusZero = new NexusZeroBundle<>(SERVICE_NAME);

    public static void main(String[] args) throws Exception {
        new CryptoApplication().run(args);
    }

    @Override
    public String getName() {
        return SERVICE_NAME;
    }

    @Override
    public void initialize(Bootstrap<CryptoConfiguration> bootstrap) {
        bootstrap.addBundle(nexusZero);
        // Witness values and sizes are integers: 1.5 must be refused, not silently truncated. An unknown field is
        // refused too: a typo such as "contxt" must not silently yield a proof bound to an empty context.
        bootstrap.getObjectMapper().disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public void run(CryptoConfiguration configuration, Environment environment) {
        configuration.checkModes();
        ApiTokens tokens = configuration.buildApiTokens();
        MasterSecret masterSecret = configuration.buildMasterSecret(tokens);
        environment.lifecycle().manage(destroyOnStop(masterSecret));
        logAccess(tokens, configuration.isDevelopmentMode());
        LOG.info("Master secret from {}", masterSecret.source());

        ParameterSets parameterSets = new ParameterSets();
        KeyDerivation keyDerivation = new KeyDerivation(masterSecret);
        KeyCache keyCache = nexusZero.bind(configuration.buildKeyCache());
        KeyService keys = new KeyService(parameterSets, keyDerivation, keyCache, nexusZero.bind(new KeyMetrics()));
        ProofMetrics proofMetrics = nexusZero.bind(new ProofMetrics(ProofMetrics.seriesOf(parameterSets),
                VerificationReasons.ALL));
        ProofService proofs = new ProofService(parameterSets, proofMetrics);
        SignatureService signatures = new SignatureService(nexusZero.bind(new SignatureMetrics()));
        CustomParameters customParameters = new CustomParameters(ParameterValidator.standard());

        environment.jersey().register(new KeyResource(keys, proofs, new KemService(nexusZero.bind(new KemMetrics())),
                signatures));
        environment.jersey().register(new SignatureResource(signatures));
        environment.jersey().register(new ProofResource(proofs, new VerificationService(parameterSets, proofMetrics)));
        environment.jersey().register(new ParameterSetResource(parameterSets, new EvaluationService(customParameters)));
        environment.jersey().register(new SecurityResource(new ParameterSetEstimation(parameterSets, customParameters)));
        environment.jersey().register(new BenchmarkResource(
                new BenchmarkService(parameterSets, customParameters, configuration.buildBenchmarkRunner())));
        environment.jersey().register(new BearerTokenFilter(tokens, configuration.isDevelopmentMode()));
        OpenApiResource.register(environment, SERVICE_NAME, "Lattice-based post-quantum proofs, ML-KEM and ML-DSA");
        // Run once at startup and cached: /healthcheck stays cheap, yet reports whether this process computes right.
        environment.healthChecks().register("engine-self-test", new EngineSelfTestHealthCheck(
                EngineSelfTests.steps(parameterSets.all().get(0), keyDerivation)));
    }


    /** The master secret is wiped from memory when the service stops. */
    private static Managed destroyOnStop(MasterSecret masterSecret) {
        return new Managed() {
            @Override
            public void stop() {
                masterSecret.destroy();
            }
        };
    }

    /** A log line saying what a caller without a token gets. Token names only, never tokens. */
    private static void logAccess(ApiTokens tokens, boolean developmentMode) {
        if (!tokens.none()) {
            LOG.info("Bearer tokens required on protected endpoints; token names (key owners): {}", tokens.names());
        } else if (developmentMode) {
            LOG.warn("DEVELOPMENT MODE (NEXUSZERO_ENV=dev) without API tokens: every protected endpoint is OPEN to "
                    + "anyone who can reach this port, and every key has the same anonymous owner. Never expose this "
                    + "service; set NEXUSZERO_API_TOKENS (name=token pairs) for anything shared.");
        } else {
            LOG.warn("No API tokens configured (NEXUSZERO_API_TOKENS / NEXUSZERO_API_TOKENS_FILE): the protected "
                    + "endpoints (key creation, proving, decryption, signing, benchmarks) answer 401. Set tokens, or "
                    + "NEXUSZERO_ENV=dev for an open development service.");
        }
    }
}
