# Briefdesk container image: docker build -t briefdesk .
# Built with the production profile (pre-compiled Vaadin frontend bundle, no Node.js build, no
# Vaadin development tools) and run on a JRE as a non-root user. The demo profile is never on here.

FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY frontend frontend
COPY src src
RUN ./mvnw -B -Pproduction -DskipTests package \
    && mkdir out \
    && cp target/briefdesk-*.jar out/briefdesk.jar

FROM eclipse-temurin:25-jre
# DejaVu Sans, embedded in the PDFs of editions (Latin, Greek, Cyrillic).
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 briefdesk \
    && useradd --system --uid 10001 --gid briefdesk --home-dir /var/lib/briefdesk --shell /usr/sbin/nologin briefdesk \
    && mkdir -p /opt/briefdesk /var/lib/briefdesk \
    && chown briefdesk:briefdesk /var/lib/briefdesk
COPY --from=build /build/out/briefdesk.jar /opt/briefdesk/briefdesk.jar

# Where Briefdesk keeps its files. With SPRING_DATASOURCE_URL unset it also holds the H2 database.
ENV BRIEFDESK_DATA_DIR=/var/lib/briefdesk
VOLUME /var/lib/briefdesk

USER briefdesk
WORKDIR /opt/briefdesk
EXPOSE 8080

# The JRE image has neither curl nor wget: bash asks the health endpoint itself. Anonymous callers
# get the overall status, database check included: "status":"UP", or "DOWN" with HTTP 503.
HEALTHCHECK --interval=15s --timeout=10s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT:-8080} && printf 'GET /actuator/health HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]

ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75.0", "-jar", "/opt/briefdesk/briefdesk.jar"]
