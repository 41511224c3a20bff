package io.nexuszero.crypto;

import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import io.nexuszero.common.NexusZeroBundle;
import io.nexuszero.common.openapi.OpenApiResource;
import io.nexuszero.crypto.auth.ApiTokens;
import io.nexuszero.crypto.auth.BearerTokenFilter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.nexuszero.crypto.core.CustomParameters;
import io.nexuszero.crypto.core.ParameterSets;
import io.nexuszero.crypto.core.benchmark.BenchmarkRunner;
import io.nexuszero.crypto.core.benchmark.BenchmarkService;
import io.nexuszero.crypto.engine.params.ParameterValidator;
import io.nexuszero.crypto.core.evaluation.EvaluationService;
import io.nexuszero.crypto.resources.BenchmarkResource;
import io.nexuszero.crypto.resources.ParameterSetResource;
import io.nexuszero.crypto.resources.SecurityResource;
import io.nexuszero.crypto.core.security.ParameterSetEstimation;
import io.nexuszero.crypto.core.pq.KemService;
import io.nexuszero.crypto.core.pq.SignatureService;
import io.nexuszero.crypto.resources.SignatureResource;
import io.nexuszero.crypto.core.keys.KeyDerivation;
import io.nexuszero.crypto.core.keys.KeyService;
import io.nexuszero.crypto.core.proofs.ProofService;
import io.nexuszero.crypto.core.proofs.VerificationReasons;
import io.nexuszero.crypto.core.proofs.VerificationService;
import io.nexuszero.crypto.engine.proof.ProofType;
import io.nexuszero.crypto.resources.KeyResource;
import io.nexuszero.crypto.resources.ProofResource;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.nexuszero.crypto.core.keys.MasterSecret;
import io.nexuszero.crypto.core.keys.MasterSecretLoader;
import io.nexuszero.crypto.core.metrics.CryptoMetrics;
import io.nexuszero.crypto.health.EngineSelfTestHealthCheck;
import io.nexuszero.crypto.health.EngineSelfTests;

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
    }

    @Override
    public void run(CryptoConfiguration configuration, Environment environment) {
        // Fails startup (with a message naming the setting) in production mode without tokens or a master secret.
        if (configuration.isProduction() && configuration.isDevelopmentMode()) {
            throw new IllegalStateException("production is true (NEXUSZERO_PRODUCTION) but NEXUSZERO_ENV is dev "
                    + "(development mode opens the API when no tokens are set); use one or the other");
        }
        ApiTokens tokens = ApiTokens.load(configuration.getApiTokens(), configuration.getApiTokensFile(),
                configuration.getApiAdmins());
        MasterSecret masterSecret = MasterSecretLoader.load(configuration.getMasterSecret(),
                configuration.getMasterSecretFile(), configuration.isProduction(), configuration.dataPath());
        if (configuration.isProduction() && tokens.none()) {
            masterSecret.destroy();
            throw new IllegalStateException("production is true (NEXUSZERO_PRODUCTION) but no API tokens are "
                    + "configured: set apiTokens (NEXUSZERO_API_TOKENS) to name=token pairs or apiTokensFile "
                    + "(NEXUSZERO_API_TOKENS_FILE) to a file of name=token lines");
        }
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                masterSecret.destroy();
            }
        });
        logAccess(tokens, configuration.isDevelopmentMode());
        LOG.info("Master secret from {}", masterSecret.source());
        KeyDerivation keyDerivation = new KeyDerivation(masterSecret);
        CryptoMetrics metrics = new CryptoMetrics(nexusZero.meterRegistry());

        // Witness values and sizes are integers: 1.5 must be refused, not silently truncated. An unknown field is
        // refused too: a typo such as "contxt" must not silently yield a proof bound to an empty context.
        environment.getObjectMapper().disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ParameterSets parameterSets = new ParameterSets();
        metrics.preregister(parameterSets.ids(),
                Arrays.stream(ProofType.values()).map(ProofType::wireName).toList(), VerificationReasons.ALL);
        KeyService keys = new KeyService(parameterSets, keyDerivation, configuration.getKeyCacheSize(), metrics);
        ProofService proofs = new ProofService(parameterSets, metrics);
        VerificationService verification = new VerificationService(parameterSets, metrics);
        SignatureService signatures = new SignatureService(metrics);

        environment.jersey().register(new KeyResource(keys, proofs, new KemService(metrics), signatures));
        environment.jersey().register(new SignatureResource(signatures));
        environment.jersey().register(new ProofResource(proofs, verification));
        CustomParameters customParameters = new CustomParameters(ParameterValidator.standard());
        environment.jersey().register(new ParameterSetResource(parameterSets,
                new EvaluationService(customParameters)));
        environment.jersey().register(new SecurityResource(
                new ParameterSetEstimation(parameterSets, customParameters)));
        BenchmarkRunner runner = new BenchmarkRunner(300_000_000L, 10,
                configuration.getBenchmarkTimeBudget().toNanoseconds());
        environment.jersey().register(new BenchmarkResource(
                new BenchmarkService(parameterSets, customParameters, runner)));
        environment.jersey().register(new BearerTokenFilter(tokens, configuration.isDevelopmentMode()));
        OpenApiResource.register(environment, SERVICE_NAME, "Lattice-based post-quantum proofs, ML-KEM and ML-DSA");

        // Run once at startup and cached: /healthcheck stays cheap, yet reports whether this process computes right.
        environment.healthChecks().register("engine-self-test", new EngineSelfTestHealthCheck(
                EngineSelfTests.steps(parameterSets.all().get(0), keyDerivation)));
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
