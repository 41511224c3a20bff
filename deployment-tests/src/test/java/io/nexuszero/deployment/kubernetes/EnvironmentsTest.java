package io.nexuszero.deployment.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.nexuszero.deployment.support.NexusZeroService;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** overlays/staging and overlays/production: the base plus what differs per environment, nothing lost. */
class EnvironmentsTest {

    private final Manifests base = Manifests.load("k8s");
    private final Manifests staging = Manifests.load("overlays/staging");
    private final Manifests production = Manifests.load("overlays/production");

    @ParameterizedTest
    @ValueSource(strings = {"overlays/staging", "overlays/production"})
    void everyEnvironmentHasTheWholeBaseAndThePrometheusOperatorObjects(String overlay) {
        Manifests env = Manifests.load(overlay);
        Set<String> baseKeys = keys(base.objects());
        assertThat(keys(env.objects())).containsAll(baseKeys);
        assertThat(env.all(ServiceMonitor.class)).hasSize(NexusZeroService.all().size());
        assertThat(env.all(PrometheusRule.class)).hasSize(1);
        for (NexusZeroService service : NexusZeroService.all()) {
            Deployment deployment = env.deployment(service);
            EnvVar nexuszeroEnv = Manifests.container(deployment).getEnv().stream()
                    .filter(e -> e.getName().equals("NEXUSZERO_ENV")).findFirst().orElseThrow();
            assertThat(nexuszeroEnv.getValue()).as(overlay + " " + service.name()).isEqualTo(overlay.substring(overlay.indexOf('/') + 1));
            assertThat(Manifests.container(deployment).getEnv()).extracting(EnvVar::getName)
                    .as("patches replaced NEXUSZERO_ENV only, every other variable is still there")
                    .containsExactlyElementsOf(Manifests.container(base.deployment(service)).getEnv().stream().map(EnvVar::getName).toList());
        }
    }

    @Test
    void stagingIsSmallAndProductionIsLarger() {
        assertThat(replicas(staging)).isEqualTo(1);
        assertThat(replicas(production)).isGreaterThanOrEqualTo(3);
        HorizontalPodAutoscaler stagingHpa = staging.get(HorizontalPodAutoscaler.class, "crypto-service");
        HorizontalPodAutoscaler productionHpa = production.get(HorizontalPodAutoscaler.class, "crypto-service");
        assertThat(stagingHpa.getSpec().getMinReplicas()).isEqualTo(replicas(staging));
        assertThat(productionHpa.getSpec().getMinReplicas()).isEqualTo(replicas(production));
        assertThat(productionHpa.getSpec().getMaxReplicas()).isGreaterThan(stagingHpa.getSpec().getMaxReplicas());
        // A PDB must never block every drain: with one replica, at most one may be unavailable.
        PodDisruptionBudget stagingPdb = staging.get(PodDisruptionBudget.class, "crypto-service");
        assertThat(stagingPdb.getSpec().getMinAvailable()).isNull();
        assertThat(stagingPdb.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        PodDisruptionBudget productionPdb = production.get(PodDisruptionBudget.class, "crypto-service");
        assertThat(productionPdb.getSpec().getMinAvailable().getIntVal()).isLessThan(productionHpa.getSpec().getMinReplicas());
        for (NexusZeroService service : List.of(NexusZeroService.CRYPTO, NexusZeroService.OPTIMIZER)) {
            assertThat(cpuLimit(production, service)).as(service.name()).isGreaterThan(cpuLimit(staging, service));
        }
    }

    @Test
    void imageTagsAndHostnamesDifferPerEnvironment() {
        for (NexusZeroService service : NexusZeroService.all()) {
            assertThat(image(staging, service)).endsWith(":main");
            assertThat(Manifests.container(staging.deployment(service)).getImagePullPolicy())
                    .as("a moving tag is pulled on every rollout").isEqualTo("Always");
            assertThat(image(production, service)).matches(".*:\\d+\\.\\d+\\.\\d+");
        }
        Set<String> stagingHosts = hosts(staging);
        Set<String> productionHosts = hosts(production);
        assertThat(stagingHosts).hasSize(3).allSatisfy(h -> assertThat(h).contains(".staging."));
        assertThat(productionHosts).hasSize(3).doesNotContainAnyElementsOf(stagingHosts);
        for (Manifests env : List.of(staging, production)) {
            Ingress ingress = env.get(Ingress.class, "nexuszero");
            assertThat(new TreeSet<>(ingress.getSpec().getTls().get(0).getHosts())).as("TLS covers every host")
                    .isEqualTo(hosts(env));
        }
    }

    private static Set<String> keys(List<HasMetadata> objects) {
        return objects.stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).collect(Collectors.toSet());
    }

    private static int replicas(Manifests env) {
        return env.get(Deployment.class, "crypto-service").getSpec().getReplicas();
    }

    private static java.math.BigDecimal cpuLimit(Manifests env, NexusZeroService service) {
        return Quantity.getAmountInBytes(Manifests.container(env.deployment(service)).getResources().getLimits().get("cpu"));
    }

    private static String image(Manifests env, NexusZeroService service) {
        return Manifests.container(env.deployment(service)).getImage();
    }

    private static Set<String> hosts(Manifests env) {
        return env.get(Ingress.class, "nexuszero").getSpec().getRules().stream().map(IngressRule::getHost)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
