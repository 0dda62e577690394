using Hangfire;
using QipTracker.Infrastructure;
using QipTracker.Infrastructure.Demo;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Files;
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
        services.AddQipBoardPapers(builder.Configuration);
        services.AddDemoTrustSeeder(builder.Configuration);
        services.AddScoped<Features.People.Invitations>();
        services.AddScoped<Features.People.InvitationAnswers>();
        services.AddScoped<Features.Sprints.SprintWork>();
        services.AddScoped<Features.Sprints.SprintCloser>();
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
        services.AddAntiforgery();
        services.AddHealthChecks()
            .AddDbContextCheck<QipDbContext>("database")
            .AddCheck<JobStorageHealthCheck>("jobs");
        return options;
    }

    public static void UseQip(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseMiddleware<CurrentUserMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar");
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new HangfireDashboardAuthorization()],
            DashboardTitle = "QipTracker jobs",
        });
        app.MapAccountEndpoints();
        app.MapQipApi();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

        JobsSetup.RegisterRecurringJobs(app.Services.GetRequiredService<IRecurringJobManager>());
    }
}
