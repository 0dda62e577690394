# Production image: build with the SDK, run on the ASP.NET runtime as a non-root user.
# The steps mirror what scripts/test.sh exercises: the same publish, LibreOffice writer and fonts
# for DOCX → PDF board papers, PostgreSQL as the database.
#
# It serves plain HTTP on 8080 and is meant to run behind a TLS-terminating proxy or load balancer;
# never publish 8080 to browsers directly. Tell the app which proxy to believe about the scheme with
# ForwardedHeaders__KnownProxies (addresses) or ForwardedHeaders__KnownNetworks (CIDR): then cookies
# are Secure and HSTS is sent. To serve HTTPS from the container instead, mount a PFX and set
#   ASPNETCORE_URLS=https://+:8443
#   ASPNETCORE_Kestrel__Certificates__Default__Path=/run/secrets/qip.pfx
#   ASPNETCORE_Kestrel__Certificates__Default__Password=...
# (and point the health check at https://localhost:8443/health).
FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props QipTracker.sln ./
COPY src/ src/
RUN dotnet publish src/QipTracker.Web -c Release -o /app /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble
RUN apt-get update \
 && apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-dejavu fonts-liberation curl tzdata \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --create-home qip \
 && mkdir -p /var/lib/qiptracker && chown qip /var/lib/qiptracker
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    DataFolder=/var/lib/qiptracker \
    Database__Provider=Postgres \
    Demo__Seed=false
USER qip
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "QipTracker.Web.dll"]
