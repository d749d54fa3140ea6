# syntax=docker/dockerfile:1
# Builds the CRM from source and runs it against an external PostgreSQL (see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
# the local Maven repository is a build cache, kept between builds (no separate, failure-tolerant
# "go-offline" step: a failed download fails the build)
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q package -DskipTests
# the jar unpacked in layers (dependencies first, the application last) so that a new release of the CRM
# changes only the small last layers of the image
RUN java -Djarmode=tools -jar crm-app/target/crm-app.jar extract --layers --launcher --destination /extracted

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home crm
USER crm
WORKDIR /home/crm
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/localhost/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q UP <&3"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
