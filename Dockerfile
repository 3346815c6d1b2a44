# syntax=docker/dockerfile:1

# Build stage: the whole Maven reactor (schema -> frontend -> backend). The frontend module
# downloads Node and npm packages itself (frontend-maven-plugin), so the build needs network
# access to Maven Central, the npm registry and the Node download root.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /workspace
COPY . .
# Cache mounts keep ~/.m2 (Maven artifacts and the Node tarball) and the npm cache between builds.
RUN --mount=type=cache,target=/root/.m2 \
    --mount=type=cache,target=/root/.npm \
    ./mvnw -B -ntp -DskipTests package \
 && cp backend/target/jiaxiao-backend-*-exec.jar /workspace/app.jar

# Runtime stage: a JRE and the executable jar, run as an unprivileged user.
FROM eclipse-temurin:21-jre
RUN groupadd --system --gid 10001 jiaxiao \
 && useradd --system --uid 10001 --gid jiaxiao --home-dir /app --no-create-home jiaxiao \
 && mkdir -p /app/data \
 && chown -R jiaxiao:jiaxiao /app
WORKDIR /app
COPY --from=build /workspace/app.jar /app/app.jar
# Numeric, so Kubernetes' runAsNonRoot can verify it.
USER 10001:10001
EXPOSE 8080
# The base image's entrypoint stays: with USE_SYSTEM_CA_CERTS=1 it adds certificates mounted
# under /certificates to the JVM truststore (a school's private CA for its identity provider).
CMD ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
