using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Demo;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.CommandLine;
using QipTracker.Web.Features.BoardPapers;
using QipTracker.Web.Features.Evidence;
using QipTracker.Web.Tests.Evidence;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Backup;

/// <summary>
/// The demo trust on SQLite with evidence files and a generated paper, beside a second trust that shares one of its
/// members, exported once; plus an empty PostgreSQL and two empty SQLite databases to restore into.
/// </summary>
public sealed class BackupFixture : IAsyncLifetime
{
    public QipAppFactory Source { get; } = new(DatabaseProvider.Sqlite);
    public QipAppFactory Postgres { get; } = new(DatabaseProvider.Postgres);
    public QipAppFactory Sqlite { get; } = new(DatabaseProvider.Sqlite);
    public QipAppFactory Refusals { get; } = new(DatabaseProvider.Sqlite);
    public string Folder { get; } = Directory.CreateTempSubdirectory("qip-backup-").FullName;
    public string Archive => Path.Combine(Folder, "demo.zip");
    public Guid TrustId { get; private set; }
    public string TrustName { get; private set; } = "";
    /// <summary>The demo PMO's email.</summary>
    public string PmoEmail { get; private set; } = "";
    public TestTrust Other { get; private set; } = null!;
    /// <summary>A demo member who also belongs to the other trust, and works in it now.</summary>
    public Guid SharedMember { get; private set; }

    public async Task InitializeAsync()
    {
        await Task.WhenAll(new[] { Source, Postgres, Sqlite, Refusals }.Select(a => ((IAsyncLifetime)a).InitializeAsync()));
        await using (var scope = Source.Services.CreateAsyncScope())
        {
            var seeded = await scope.ServiceProvider.GetRequiredService<DemoTrustSeeder>().SeedAsync();
            TrustName = seeded.TrustName;
            PmoEmail = seeded.Logins.Single(l => l.Role == nameof(TrustRole.Pmo)).Email;
        }
        Other = await TestTrust.CreateAsync(Source.Services, "Other Trust");

        var (trustId, pmo, rootCauses) = await Source.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var trust = await db.Trusts.SingleAsync(t => t.Name == TrustName);
            var pmo = await db.Users.SingleAsync(u => u.Email == PmoEmail);
            // A member elsewhere too, working there now: the archive carries the account, not the other membership.
            db.Memberships.Add(new TrustMembership(Other.TrustId, pmo.Id, TrustRole.BoardMember));
            pmo.CurrentTrustId = Other.TrustId;
            await db.SaveChangesAsync();
            var rootCauses = await db.RootCauses.Where(r => r.TrustId == trust.Id).OrderBy(r => r.Reference).Select(r => r.Id).Take(2).ToListAsync();
            return (trust.Id, pmo.Id, rootCauses);
        });
        TrustId = trustId;
        SharedMember = pmo;

        foreach (var (rootCause, n) in rootCauses.Select((r, n) => (r, n)))
        {
            var bytes = EvidenceTestFiles.Pdf($"Audit {n}");
            await AsPmo(new UploadEvidenceFile(rootCause, $"Audit {n}", "What the audit found", $"audit-{n}.pdf", bytes.Length, new MemoryStream(bytes)));
        }
        await AsPmo(new GenerateBoardPaper(new DateOnly(2026, 10, 1)));

        var (code, _, error) = await RunAsync(Source, "export-trust", "--trust", TrustName, "--out", Archive);
        if (code != 0) throw new InvalidOperationException(error);
    }

    private async Task AsPmo<T>(IRequest<T> request)
    {
        await using var scope = Source.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(SharedMember, TrustId, [TrustRole.Pmo], false);
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public static async Task<(int Code, string Output, string Error)> RunAsync(QipAppFactory app, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await VerbRunner.RunAsync(app.Services, CommandLineInvocation.Parse(args), output, error);
        return (code, output.ToString(), error.ToString());
    }

    public async Task DisposeAsync()
    {
        foreach (var app in new[] { Source, Postgres, Sqlite, Refusals }) await ((IAsyncLifetime)app).DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
