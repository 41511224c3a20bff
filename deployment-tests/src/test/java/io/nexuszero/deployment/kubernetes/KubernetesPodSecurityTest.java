package io.nexuszero.deployment.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.nexuszero.deployment.support.NexusZeroService;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Deployment runs locked down: non-root, read-only root, nothing to escalate, bounded resources. */
class KubernetesPodSecurityTest {

    private final Manifests manifests = Manifests.load();

    static Stream<NexusZeroService> services() {
        return NexusZeroService.all().stream();
    }

    @ParameterizedTest
    @MethodSource("services")
    void containerIsNonRootReadOnlyWithoutPrivilegesOrCapabilities(NexusZeroService service) {
        Deployment deployment = manifests.deployment(service);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Container container = Manifests.container(deployment);
        PodSecurityContext podContext = pod.getSecurityContext();
        SecurityContext context = container.getSecurityContext();
        assertThat(context).as("container securityContext").isNotNull();
        boolean nonRoot = Boolean.TRUE.equals(context.getRunAsNonRoot())
                || (podContext != null && Boolean.TRUE.equals(podContext.getRunAsNonRoot()));
        assertThat(nonRoot).as("runAsNonRoot").isTrue();
        if (podContext != null && podContext.getRunAsUser() != null) {
            assertThat(podContext.getRunAsUser()).as("the image's uid (Dockerfile: 10001)").isEqualTo(10001L);
        }
        assertThat(context.getReadOnlyRootFilesystem()).as("readOnlyRootFilesystem").isTrue();
        assertThat(context.getAllowPrivilegeEscalation()).as("allowPrivilegeEscalation").isFalse();
        assertThat(context.getPrivileged()).as("privileged").isNotEqualTo(Boolean.TRUE);
        assertThat(context.getCapabilities()).isNotNull();
        assertThat(context.getCapabilities().getDrop()).as("capabilities dropped").containsExactly("ALL");
        assertThat(context.getCapabilities().getAdd()).as("capabilities added").isNullOrEmpty();
        assertThat(pod.getHostNetwork()).isNotEqualTo(Boolean.TRUE);
        assertThat(pod.getAutomountServiceAccountToken()).as("services do not talk to the API server").isFalse();
    }

    @ParameterizedTest
    @MethodSource("services")
    void onlyTheDataDirectoryAndTmpAreWritable(NexusZeroService service) {
        Deployment deployment = manifests.deployment(service);
        Container container = Manifests.container(deployment);
        Map<String, Volume> volumes = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                .collect(Collectors.toMap(Volume::getName, v -> v));
        String dataDir = container.getEnv().stream().filter(e -> e.getName().equals("NEXUSZERO_DATA_DIR"))
                .map(e -> e.getValue()).findFirst().orElseThrow(() -> new AssertionError("NEXUSZERO_DATA_DIR not set"));
        for (VolumeMount mount : container.getVolumeMounts()) {
            Volume volume = volumes.get(mount.getName());
            assertThat(volume).as("volume " + mount.getName()).isNotNull();
            boolean writable = !Boolean.TRUE.equals(mount.getReadOnly());
            if (writable) {
                assertThat(mount.getMountPath()).as("writable mounts of " + service.name()).isIn(dataDir, "/tmp");
            }
            if (volume.getConfigMap() != null || volume.getSecret() != null) {
                assertThat(mount.getReadOnly()).as("config and secrets are mounted read-only").isTrue();
            }
        }
        assertThat(container.getVolumeMounts()).extracting(VolumeMount::getMountPath).contains(dataDir, "/tmp");
    }

    @ParameterizedTest
    @MethodSource("services")
    void statefulServicesKeepTheirDataOnAClaimAndStatelessOnesDoNot(NexusZeroService service) {
        Deployment deployment = manifests.deployment(service);
        Volume data = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals("data")).findFirst().orElseThrow();
        if (service == NexusZeroService.CRYPTO) {
            assertThat(data.getEmptyDir()).as("crypto-service derives keys; nothing to persist").isNotNull();
        } else {
            assertThat(data.getPersistentVolumeClaim()).as(service.name() + " keeps its data on a PVC").isNotNull();
            assertThat(deployment.getSpec().getReplicas()).as("one writer per ReadWriteOnce claim").isEqualTo(1);
            assertThat(deployment.getSpec().getStrategy().getType()).isEqualTo("Recreate");
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void requestsAndLimitsAreSetForCpuAndMemory(NexusZeroService service) {
        Container container = Manifests.container(manifests.deployment(service));
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
        long request = container.getResources().getRequests().get("memory").getNumericalAmount().longValue();
        long limit = container.getResources().getLimits().get("memory").getNumericalAmount().longValue();
        assertThat(limit).isGreaterThanOrEqualTo(request);
        // The JVM sizes its heap at 75% of the limit (-XX:MaxRAMPercentage=75 in the Dockerfile).
        assertThat(limit).as("memory limit").isGreaterThanOrEqualTo(256L * 1024 * 1024);
    }
}
