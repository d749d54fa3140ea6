# Builds the CRM from source and runs it against an external PostgreSQL (see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY crm-segmentation/pom.xml crm-segmentation/
COPY crm-domain/pom.xml crm-domain/
COPY crm-web/pom.xml crm-web/
COPY crm-app/pom.xml crm-app/
RUN ./mvnw -B -ntp -q dependency:go-offline -DexcludeReactor=true || true
COPY . .
RUN ./mvnw -B -ntp -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home crm
USER crm
WORKDIR /home/crm
COPY --from=build /src/crm-app/target/crm-app.jar crm-app.jar
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/localhost/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q UP <&3"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "crm-app.jar"]
