using Hangfire;
using QipTracker.Infrastructure;
using QipTracker.Infrastructure.Demo;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Importing;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Api;
using QipTracker.Web.Application;
using QipTracker.Web.Components;
using QipTracker.Web.Features.Account;
using QipTracker.Web.Features.BoardPapers;
using QipTracker.Web.Jobs;
using QipTracker.Web.Security;
using Radzen;
using Scalar.AspNetCore;

namespace QipTracker.Web.Hosting;

/// <summary>The app's composition: services first, then the request pipeline and endpoints.</summary>
public static class WebSetup
{
    public static QipOptions AddQip(this WebApplicationBuilder builder)
    {
        var options = QipOptions.From(builder.Configuration, builder.Environment.ContentRootPath);
        var services = builder.Services;
        services.AddQipPersistence(options);
        services.AddQipEmail(builder.Configuration, options);
        services.AddQipFiles(builder.Configuration, options);
        services.AddQipImportLimits(builder.Configuration);
        services.AddQipBoardPapers(builder.Configuration);
        services.AddSingleton(Features.Retention.RetentionOptions.From(builder.Configuration));
        services.AddDemoTrustSeeder(builder.Configuration);
        services.AddScoped<Features.People.Invitations>();
        services.AddScoped<Features.People.InvitationAnswers>();
        services.AddScoped<Infrastructure.PersonalData.PersonalDataExport>();
        services.AddScoped<Features.People.PersonalDataAccess>();
        services.AddScoped<Features.People.PersonErasure>();
        services.AddScoped<Features.Sprints.SprintWork>();
        services.AddScoped<Features.Sprints.SprintCloser>();
        services.AddScoped<Features.RootCauses.SentBackLetter>();
        services.AddScoped<Features.Trajectory.TrajectoryQuery>();
        services.AddScoped<Features.BoardPapers.PaperHistory>();
        services.AddScoped<Features.Kpis.SpcSummaryQuery>();
        services.AddScoped<Features.Oversight.OversightReads>();
        services.AddScoped<Features.Oversight.TrustSummaryQuery>();
        services.AddSingleton<Features.Kpis.SpcIcons>();
        services.AddQipIdentity(builder.Configuration);
        services.AddQipMediator();
        services.AddQipJobs(options, builder.Configuration);
        services.AddScoped<Features.RootCauses.IEmbeddingRule, Features.RootCauses.SpcEmbeddingRule>();

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents();

        // Enums travel as their names ("MustDo", "Completed"), which API clients can read.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddProblemDetails();
        services.AddExceptionHandler<ErrorResponses>();
        services.AddOpenApi();
        // The header is what the app's own browser code sends to the API (see CrossSiteRequestGuard); the
        // antiforgery cookie is Secure whenever the request is HTTPS (directly or through a trusted proxy).
        services.AddAntiforgery(o =>
        {
            o.HeaderName = CrossSiteRequestGuard.HeaderName;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddQipForwardedHeaders(builder.Configuration);
        // A load balancer's probe gives up after a few seconds: so does each check, rather than hang on a dead server.
        var probeTimeout = TimeSpan.FromSeconds(5);
        services.AddHealthChecks()
            .AddDbContextCheck<QipDbContext>("database", tags: [HealthResponse.Ready])
            .AddCheck<FileStoreHealthCheck>("files", tags: [HealthResponse.Ready], timeout: probeTimeout)
            .AddCheck<JobStorageHealthCheck>("jobs", tags: [HealthResponse.Ready], timeout: probeTimeout);
        builder.AddQipTelemetry();
        services.AddQipRateLimits(builder.Configuration);
        return options;
    }

    public static void UseQip(this WebApplication app)
    {
        // Order matters: headers on every answer (errors too), then the real scheme from a trusted proxy, before
        // anything reads it (HSTS, Secure cookies); the cross-site guard needs to know who signed in, and how.
        app.UseMiddleware<SecurityHeaders>();
        app.UseQipForwardedHeaders(app.Configuration);
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<Security.SingleSignOn.SsoCallbackSettings>(); // a provider's answer is read with its trust's settings
        app.UseAuthentication();
        app.UseQipRateLimits(); // after sign-in is known: the API's budgets are per token and per person
        app.UseMiddleware<CrossSiteRequestGuard>();
        app.UseMiddleware<CurrentUserMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapQipHealth();
        app.MapQipMetrics();
        // The API's reference, for signed-in people and API-token holders (see ApiSurface).
        app.MapOpenApi("/openapi/{documentName}.json").RequireAuthorization();
        app.MapScalarApiReference("/scalar", o => o.DefaultFonts = false).RequireAuthorization();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new HangfireDashboardAuthorization()],
            DashboardTitle = "QipTracker jobs",
        }).RequireAuthorization(HangfireDashboardAuthorization.Policy);
        app.MapAccountEndpoints();
        app.MapQipApi();
        // Framing is refused for every answer by SecurityHeaders (frame-ancestors 'none'), not only for Blazor's.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);

        JobsSetup.RegisterRecurringJobs(app.Services.GetRequiredService<IRecurringJobManager>());
    }
}
