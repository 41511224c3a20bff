# One build for all modules, one runtime image per service:
#   docker build --target crypto-service    -t ghcr.io/nexuszero/crypto-service:dev .
#   docker build --target optimizer-service -t ghcr.io/nexuszero/optimizer-service:dev .
#   docker build --target monitor-service   -t ghcr.io/nexuszero/monitor-service:dev .

############################ build ############################
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# Dependency layer: only the POMs, so this layer (and the downloaded repository) is reused
# whenever only sources change. Every module's POM must be present for the reactor to load.
COPY pom.xml ./
COPY common/pom.xml common/
COPY crypto-engine/pom.xml crypto-engine/
COPY crypto-service/pom.xml crypto-service/
COPY optimizer-service/pom.xml optimizer-service/
COPY monitor-service/pom.xml monitor-service/
COPY benchmarks/pom.xml benchmarks/
COPY deployment-tests/pom.xml deployment-tests/
# Resolve every dependency and plugin the package build needs by building the source-less modules
# once (dependency:go-offline cannot resolve sibling modules and reads unmanaged versions), then drop
# the empty output.
RUN mvn -B -ntp -q -DskipTests -pl crypto-service,optimizer-service,monitor-service -am package \
 && find . -name target -type d -prune -exec rm -rf {} +

# Sources layer.
COPY common/src common/src
COPY crypto-engine/src crypto-engine/src
COPY crypto-service/src crypto-service/src
COPY optimizer-service/src optimizer-service/src
COPY monitor-service/src monitor-service/src
# Tests ran in CI before the image build; here only the runnable jars are made.
RUN mvn -B -ntp -q -DskipTests -pl crypto-service,optimizer-service,monitor-service -am package

############################ runtime base ############################
FROM eclipse-temurin:17-jre AS runtime
# A fixed non-root uid/gid, so Kubernetes' runAsUser and volume ownership can name it.
# /var/lib/nexuszero-alerts: where Compose mounts the volume monitor-service shares its alert webhook token
# through (a new named volume takes this directory's owner, so the service can write there).
RUN groupadd --system --gid 10001 nexuszero \
 && useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home --shell /usr/sbin/nologin nexuszero \
 && mkdir -p /app /var/lib/nexuszero /var/lib/nexuszero-alerts \
 && chown 10001:10001 /var/lib/nexuszero /var/lib/nexuszero-alerts
WORKDIR /app
ENV NEXUSZERO_DATA_DIR=/var/lib/nexuszero
VOLUME ["/var/lib/nexuszero"]
USER 10001:10001
# Healthy = the admin port's readiness endpoint answers 200. Plain bash (/dev/tcp), because the JRE
# image does not promise curl or wget. ADMIN_PORT is set by each service stage below.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${ADMIN_PORT} && printf 'GET /ready HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && IFS= read -r -t 4 status <&3 && [[ $status == *' 200 '* ]]"]
# MaxRAMPercentage sizes the heap from the container's memory limit, not the host's memory.
# Extra JVM flags go in JAVA_TOOL_OPTIONS, which the JVM reads by itself.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/service.jar"]
CMD ["server", "/app/config.yml"]

############################ services ############################
FROM runtime AS crypto-service
ENV ADMIN_PORT=13101
COPY --from=build /build/crypto-service/target/crypto-service.jar /app/service.jar
COPY crypto-service/config.yml /app/config.yml
EXPOSE 13001 13101

FROM runtime AS optimizer-service
ENV ADMIN_PORT=13102
COPY --from=build /build/optimizer-service/target/optimizer-service.jar /app/service.jar
COPY optimizer-service/config.yml /app/config.yml
EXPOSE 13002 13102

FROM runtime AS monitor-service
ENV ADMIN_PORT=13103
COPY --from=build /build/monitor-service/target/monitor-service.jar /app/service.jar
COPY monitor-service/config.yml /app/config.yml
EXPOSE 13003 13103
