using System.Text.Json;
using Hangfire;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using QipTracker.Infrastructure.Telemetry;

namespace QipTracker.Web.Hosting;

/// <summary>
/// What an operator watches: OpenTelemetry traces (requests, EF Core queries, outgoing HTTP) and metrics (the
/// same, the runtime, and the app's own: jobs, outbox, LibreOffice), exported by OTLP only when
/// <c>OpenTelemetry:Endpoint</c> is set, and always readable by the operator at <see cref="MetricsPath"/>.
/// <c>Logging:Format=json</c> writes one JSON object a line to the console, for a log shipper.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "QipTracker";
    public const string MetricsPath = "/metrics";
    public const string EndpointKey = "OpenTelemetry:Endpoint";
    public const string ProtocolKey = "OpenTelemetry:Protocol";
    public const string LogFormatKey = "Logging:Format";

    public static void AddQipTelemetry(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        UseJsonLogsWhenAsked(builder);

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName, serviceInstanceId: Environment.MachineName))
            .WithTracing(t => t
                // Probes and scrapes arrive every few seconds and say nothing about users' requests.
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsOperatorTraffic(http.Request.Path))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation())
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(QipMetrics.MeterName)
                .AddInstrumentation(sp => sp.GetRequiredService<TelemetryOutboxGauges>())
                .AddPrometheusExporter());
        if (OtlpEndpoint(config[EndpointKey]) is { } endpoint)
            otel.UseOtlpExporter(OtlpProtocol(config[ProtocolKey]), endpoint);

        builder.Services.AddSingleton<TelemetryOutboxGauges>();
        // Each scrape collects afresh (the outbox gauges keep their own few seconds' answer).
        builder.Services.Configure<PrometheusAspNetCoreOptions>(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
        TelemetryJobFilter.RegisterOnce();
        TelemetryScrapeGate.ReadToken(config); // a bad token stops start-up here, not at the first scrape
    }

    /// <summary>/metrics in Prometheus' text format, for the operator only (see <see cref="TelemetryScrapeGate"/>).</summary>
    public static void MapQipMetrics(this WebApplication app)
    {
        var gate = new TelemetryScrapeGate(TelemetryScrapeGate.ReadToken(app.Configuration));
        app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.Use(gate.InvokeAsync), optionsName: null);
    }

    private static bool IsOperatorTraffic(PathString path) =>
        path.StartsWithSegments(MetricsPath) || path.StartsWithSegments(HealthResponse.Path);

    private static Uri? OtlpEndpoint(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new InvalidOperationException($"{EndpointKey} is '{text}'; it must be the collector's http:// or https:// address (e.g. http://collector:4317).");
        return uri;
    }

    private static OtlpExportProtocol OtlpProtocol(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" or "http" => OtlpExportProtocol.HttpProtobuf,
        var other => throw new InvalidOperationException($"{ProtocolKey} is '{other}'; it must be grpc (the default) or http/protobuf."),
    };

    private static void UseJsonLogsWhenAsked(WebApplicationBuilder builder)
    {
        var format = builder.Configuration[LogFormatKey]?.Trim().ToLowerInvariant();
        switch (format)
        {
            case null or "" or "text":
                return;
            case "json":
                // One object a line with the level, category, message, its named values and the trace id's scope.
                builder.Logging.AddJsonConsole(o =>
                {
                    o.IncludeScopes = true;
                    o.UseUtcTimestamp = true;
                    o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                    o.JsonWriterOptions = new JsonWriterOptions { Indented = false };
                });
                return;
            default:
                throw new InvalidOperationException($"{LogFormatKey} is '{format}'; it must be text (the default) or json.");
        }
    }
}
