using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tests.Support;
using QipTracker.Web.Application;
using QipTracker.Web.Features.BoardPapers;
using QipTracker.Web.Tests.Support;
using QipTracker.Web.Tests.Evidence;
using static QipTracker.Web.Tests.Evidence.EvidenceTestFiles;

namespace QipTracker.Web.Tests.Files;

/// <summary>
/// The app on Azure Blob Storage (Azurite) reached through a port the test takes down and brings back, with no
/// client retries so that a fault is answered at once. Its own app per provider: no other test shares its store.
/// </summary>
public abstract class BlobOutageApp(DatabaseProvider provider) : IAsyncLifetime
{
    public SwitchableEndpoint Blob { get; } = new(TestAzurite.Port);
    public string ContainerName { get; } = TestAzurite.NewContainerName();
    public QipAppFactory App { get; } = new(provider);

    public async Task InitializeAsync()
    {
        Blob.Up();
        foreach (var (key, value) in TestAzurite.Settings(ContainerName, TestAzurite.ConnectionStringOnPort(Blob.Port), maxRetries: 0))
            App.Settings[key] = value;
        await ((IAsyncLifetime)App).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)App).DisposeAsync();
        Blob.Dispose();
        await TestAzurite.Container(ContainerName).DeleteIfExistsAsync();
    }
}

public sealed class BlobOutageOnSqliteApp() : BlobOutageApp(DatabaseProvider.Sqlite);

public sealed class BlobOutageOnPostgresApp() : BlobOutageApp(DatabaseProvider.Postgres);

/// <summary>
/// The file store down during an evidence upload or a paper generation: a 503 with a sentence (never a 500 with a
/// stack), no database row for a file that was not stored, and the same request works once the store is back.
/// </summary>
public abstract class FileStoreOutageTests(BlobOutageApp outage)
{
    private QipAppFactory App => outage.App;

    private async Task<TestTrust> NewTrust(string name) => await TestTrust.CreateAsync(App.Services, $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)]);

    private Task<int> EvidenceRows(Guid trustId) =>
        App.AsSystem(sp => sp.GetRequiredService<QipDbContext>().Evidence.CountAsync(e => e.TrustId == trustId));

    private Task<int> PaperRows(Guid trustId) =>
        App.AsSystem(sp => sp.GetRequiredService<QipDbContext>().GeneratedPapers.CountAsync(p => p.TrustId == trustId));

    private static async Task<Problem> Unavailable(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {body}");
        Assert.DoesNotContain("   at ", body); // no stack trace
        Assert.DoesNotContain("Exception", body);
        return (await response.Content.ReadFromJsonAsync<Problem>(Json.Options))!;
    }

    [Fact]
    public async Task An_evidence_upload_while_the_file_store_is_down_is_a_503_with_a_sentence_and_adds_no_row()
    {
        var trust = await NewTrust("Down");
        var owner = await App.SignedInAsync(trust[TrustRole.RootCauseOwner]);
        var url = $"/api/v1/root-causes/{trust.RootCauseIds[0]}/evidence/file";
        var pdf = Pdf("uploaded while the store was down");

        outage.Blob.Down();
        try
        {
            var problem = await Unavailable(await owner.PostAsync(url, Form("audit.pdf", pdf)));
            Assert.Equal("The file store could not be reached. The file could not be stored, so nothing was saved. " +
                         "Try again in a few minutes; if it keeps failing, ask your administrator to check the file storage (Azure Blob Storage).", problem.Detail);
            Assert.Equal(0, await EvidenceRows(trust.TrustId));
        }
        finally
        {
            outage.Blob.Up();
        }

        var created = await owner.PostAsync(url, Form("audit.pdf", pdf));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var evidence = (await created.Content.ReadFromJsonAsync<EvidenceRow>(Json.Options))!;
        var board = await App.SignedInAsync(trust[TrustRole.BoardMember]);
        Assert.Equal(pdf, await board.GetByteArrayAsync($"/api/v1/evidence/{evidence.Id}/download"));
        Assert.Equal(1, await EvidenceRows(trust.TrustId));

        // Kept, but not reachable for now: the download says so too.
        outage.Blob.Down();
        try
        {
            await Unavailable(await board.GetAsync($"/api/v1/evidence/{evidence.Id}/download"));
        }
        finally
        {
            outage.Blob.Up();
        }
    }

    [Fact]
    public async Task A_paper_generated_while_the_file_store_is_down_fails_clearly_and_is_generated_once_it_is_back()
    {
        var trust = await NewTrust("Paper");
        var month = PaperMonth.Of(App.Clock.Today()).AddMonths(-1);

        outage.Blob.Down();
        try
        {
            var error = await Assert.ThrowsAsync<FileStoreUnavailableException>(() => App.SendAs(trust, TrustRole.Pmo, new GenerateBoardPaper(month)));
            Assert.Equal(Failure.Unavailable, Failures.Of(error));
            Assert.StartsWith("The file store could not be reached.", error.Message);
            Assert.Equal(0, await PaperRows(trust.TrustId));
        }
        finally
        {
            outage.Blob.Up();
        }

        var paper = await App.SendAs(trust, TrustRole.Pmo, new GenerateBoardPaper(month));
        var board = await App.SignedInAsync(trust[TrustRole.BoardMember]);
        var pdf = await board.GetByteArrayAsync($"/api/v1/board-papers/{paper.Id}/pdf");
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.Equal((GeneratedPaperKind.BoardPaper, 1), (paper.Kind, await PaperRows(trust.TrustId)));
    }
}

public sealed class FileStoreOutageOnSqlite(BlobOutageOnSqliteApp outage) : FileStoreOutageTests(outage), IClassFixture<BlobOutageOnSqliteApp>;

public sealed class FileStoreOutageOnPostgres(BlobOutageOnPostgresApp outage) : FileStoreOutageTests(outage), IClassFixture<BlobOutageOnPostgresApp>;
