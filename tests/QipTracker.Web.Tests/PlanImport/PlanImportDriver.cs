using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Features.PlanImport;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.PlanImport;

/// <summary>Runs plan requests as a trust's people through the real pipeline, and reads what landed.</summary>
internal sealed class PlanImportDriver(QipAppFactory app, TestTrust trust)
{
    public TestTrust Trust => trust;

    public Task<ImportResult> ImportAsync(byte[] file, string fileName = "plan.csv", bool dryRun = false, TrustRole role = TrustRole.Pmo,
        string? previewKey = null) =>
        SendAsync(new ImportPlan(new MemoryStream(file), fileName, dryRun, previewKey), role);

    /// <summary>As the page does: previews the file, then applies that preview with its key.</summary>
    public async Task<(ImportResult Preview, ImportResult Applied)> PreviewAndApplyAsync(byte[] file, string fileName = "plan.csv")
    {
        var preview = await ImportAsync(file, fileName, dryRun: true);
        Assert.Equal(ImportOutcome.Preview, preview.Outcome);
        var applied = await ImportAsync(file, fileName, previewKey: preview.PreviewKey);
        Assert.Equal(ImportOutcome.Applied, applied.Outcome);
        return (preview, applied);
    }

    public Task<ExportedPlan> ExportAsync(string format, TrustRole role = TrustRole.Pmo) => SendAsync(new ExportPlan(format), role);

    public async Task<T> SendAsync<T>(IRequest<T> request, TrustRole role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(trust[role].Id, trust.TrustId, [role], false);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Reads the database as the system inside the trust (the tenant filter still applies).</summary>
    public async Task<T> ReadAsync<T>(Func<QipDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystemIn(trust.TrustId);
        return await read(scope.ServiceProvider.GetRequiredService<QipDbContext>());
    }

    public Task<int> AuditEntriesAsync() => ReadAsync(db => db.AuditEntries.CountAsync(a => a.TrustId == trust.TrustId));
}
