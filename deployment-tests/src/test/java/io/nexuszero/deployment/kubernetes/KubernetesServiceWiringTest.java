package io.nexuszero.deployment.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.nexuszero.deployment.config.LoadedConfig;
import io.nexuszero.deployment.config.ServiceConfigLoader;
import io.nexuszero.deployment.support.NexusZeroService;
import io.nexuszero.deployment.support.Repo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each service's Kubernetes objects against its real configuration: the ConfigMap is the service's
 * config.yml, it loads into the service's Configuration class with the Deployment's environment, and
 * probes, container ports, Service, Ingress and NetworkPolicy all use the ports that configuration
 * really listens on.
 */
class KubernetesServiceWiringTest {

    /** Peers allowed to reach an admin port: Prometheus (this or the monitoring namespace) and the monitor. */
    private static final Set<String> ADMIN_CLIENTS = Set.of("prometheus", "monitor-service");

    private final Manifests manifests = Manifests.load();

    static Stream<NexusZeroService> services() {
        return NexusZeroService.all().stream();
    }

    @ParameterizedTest
    @MethodSource("services")
    void configMapIsTheServicesOwnConfigYml(NexusZeroService service) {
        String inConfigMap = configYml(service);
        String inModule = Repo.read(service.configFile());
        assertThat(inConfigMap.stripTrailing())
                .as("k8s/configmap-%s.yaml differs from %s: run scripts/sync-k8s-configmaps.sh", service.name(), service.configFile())
                .isEqualTo(inModule.stripTrailing());
    }

    @ParameterizedTest
    @MethodSource("services")
    void configMapLoadsIntoTheRealConfigurationClassWithTheDeploymentsEnvironment(NexusZeroService service) throws Exception {
        LoadedConfig config = load(service);
        assertThat(config.appPort()).as("application port").isEqualTo(service.appPort());
        assertThat(config.adminPort()).as("admin port").isEqualTo(service.adminPort());
    }

    @ParameterizedTest
    @MethodSource("services")
    void probesHitTheAdminPortsHealthEndpoints(NexusZeroService service) throws Exception {
        LoadedConfig config = load(service);
        Container container = Manifests.container(manifests.deployment(service));
        assertProbe(container, container.getLivenessProbe(), config.adminPath("/ping"), config.adminPort(), "liveness");
        assertProbe(container, container.getReadinessProbe(), config.adminPath("/ready"), config.adminPort(), "readiness");
        if (container.getStartupProbe() != null) {
            assertProbe(container, container.getStartupProbe(), config.adminPath("/ping"), config.adminPort(), "startup");
        }
        assertThat(container.getPorts()).extracting(p -> p.getName() + "=" + p.getContainerPort())
                .containsExactlyInAnyOrder("http=" + config.appPort(), "admin=" + config.adminPort());
        assertThat(container.getArgs()).as("the container runs the ConfigMap's config")
                .containsExactly("server", "/etc/nexuszero/config.yml");
        assertThat(container.getVolumeMounts()).anySatisfy(m -> {
            assertThat(m.getMountPath()).isEqualTo("/etc/nexuszero");
            assertThat(m.getName()).isEqualTo(volumeOfConfigMap(service));
        });
    }

    @ParameterizedTest
    @MethodSource("services")
    void serviceExposesTheConfiguredPorts(NexusZeroService service) throws Exception {
        LoadedConfig config = load(service);
        Container container = Manifests.container(manifests.deployment(service));
        Service svc = manifests.get(Service.class, service.name());
        Map<String, Integer> targets = new LinkedHashMap<>();
        for (ServicePort port : svc.getSpec().getPorts()) {
            int target = Manifests.resolvePort(container, port.getTargetPort());
            assertThat(port.getPort()).as("Service %s port %s keeps the container's number", service.name(), port.getName()).isEqualTo(target);
            targets.put(port.getName(), target);
        }
        assertThat(targets).containsEntry("http", config.appPort()).containsEntry("admin", config.adminPort());
    }

    @ParameterizedTest
    @MethodSource("services")
    void ingressRoutesOnlyToTheApplicationPort(NexusZeroService service) throws Exception {
        LoadedConfig config = load(service);
        Container container = Manifests.container(manifests.deployment(service));
        Service svc = manifests.get(Service.class, service.name());
        List<Integer> routedPorts = manifests.all(Ingress.class).stream()
                .flatMap(i -> i.getSpec().getRules().stream())
                .flatMap(r -> r.getHttp().getPaths().stream())
                .map(p -> p.getBackend().getService())
                .filter(b -> b.getName().equals(service.name()))
                .map(b -> {
                    ServicePort port = svc.getSpec().getPorts().stream()
                            .filter(p -> b.getPort().getName() != null ? b.getPort().getName().equals(p.getName())
                                    : b.getPort().getNumber().equals(p.getPort()))
                            .findFirst().orElseThrow(() -> new AssertionError("Ingress names a port Service " + service.name() + " lacks"));
                    return Manifests.resolvePort(container, port.getTargetPort());
                }).toList();
        assertThat(routedPorts).as("Ingress backends of %s", service.name()).isNotEmpty().containsOnly(config.appPort());
    }

    @ParameterizedTest
    @MethodSource("services")
    void networkPoliciesLetOnlyPrometheusAndTheMonitorReachTheAdminPort(NexusZeroService service) throws Exception {
        LoadedConfig config = load(service);
        Deployment deployment = manifests.deployment(service);
        Container container = Manifests.container(deployment);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        List<NetworkPolicy> policies = manifests.all(NetworkPolicy.class).stream()
                .filter(p -> p.getSpec().getPolicyTypes().contains("Ingress"))
                .filter(p -> p.getSpec().getPodSelector().getMatchLabels() == null
                        || p.getSpec().getPodSelector().getMatchLabels().isEmpty()
                        || Manifests.selects(p.getSpec().getPodSelector().getMatchLabels(), podLabels))
                .toList();
        assertThat(policies).as("pods of %s are isolated by some NetworkPolicy", service.name()).isNotEmpty();
        boolean adminReachableByPrometheus = false;
        boolean appReachable = false;
        for (NetworkPolicy policy : policies) {
            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                List<Integer> ports = rule.getPorts() == null || rule.getPorts().isEmpty()
                        ? List.of(config.appPort(), config.adminPort())
                        : rule.getPorts().stream().map(NetworkPolicyPort::getPort).map(p -> Manifests.resolvePort(container, p)).toList();
                if (ports.contains(config.adminPort())) {
                    assertThat(rule.getFrom()).as("%s: a rule opening admin port %d must name its clients", policy.getMetadata().getName(), config.adminPort())
                            .isNotEmpty();
                    for (NetworkPolicyPeer peer : rule.getFrom()) {
                        assertThat(peer.getIpBlock()).as("no IP blocks on the admin port").isNull();
                        assertThat(peer.getPodSelector()).as("%s: admin peers are selected pods", policy.getMetadata().getName()).isNotNull();
                        assertThat(peer.getPodSelector().getMatchLabels()).as("admin peer").containsKey("app.kubernetes.io/name");
                        assertThat(ADMIN_CLIENTS).contains(peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"));
                        adminReachableByPrometheus |= "prometheus".equals(peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"));
                    }
                }
                appReachable |= ports.contains(config.appPort());
            }
        }
        assertThat(adminReachableByPrometheus).as("Prometheus can scrape %s", service.name()).isTrue();
        assertThat(appReachable).as("%s's application port is reachable", service.name()).isTrue();
    }

    private void assertProbe(Container container, Probe probe, String path, int adminPort, String kind) {
        assertThat(probe).as(kind + " probe of " + container.getName()).isNotNull();
        assertThat(probe.getHttpGet()).as(kind + " probe is an HTTP GET").isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(kind + " probe path").isEqualTo(path);
        IntOrString port = probe.getHttpGet().getPort();
        assertThat(Manifests.resolvePort(container, port)).as(kind + " probe port of " + container.getName()).isEqualTo(adminPort);
    }

    private String volumeOfConfigMap(NexusZeroService service) {
        return manifests.deployment(service).getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getConfigMap() != null && v.getConfigMap().getName().equals(service.name() + "-config"))
                .map(io.fabric8.kubernetes.api.model.Volume::getName).findFirst()
                .orElseThrow(() -> new AssertionError(service.name() + ": ConfigMap " + service.name() + "-config is not mounted"));
    }

    private String configYml(NexusZeroService service) {
        ConfigMap configMap = manifests.get(ConfigMap.class, service.name() + "-config");
        assertThat(configMap.getData()).containsOnlyKeys("config.yml");
        return configMap.getData().get("config.yml");
    }

    private LoadedConfig load(NexusZeroService service) throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvVar var : Manifests.container(manifests.deployment(service)).getEnv()) {
            if (var.getValue() != null) {
                env.put(var.getName(), var.getValue());
            }
        }
        return ServiceConfigLoader.load(service, configYml(service), env);
    }
}
