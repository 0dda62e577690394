using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Evidence;
using QipTracker.Web.Tests.Support;
using static QipTracker.Web.Tests.Evidence.EvidenceTestFiles;

namespace QipTracker.Web.Tests.Evidence;

/// <summary>
/// Uploads at the edges: the size limit, a failed save, streams that cannot seek, odd names. The
/// shared app keeps the default 20 MB limit, so the handler is also built directly with a small one.
/// </summary>
[Collection(OnSqlite.Name)]
public sealed class EvidenceUploadHandlerTests(SqliteApp app)
{
    private const long TwentyMegabytes = 20 * 1024 * 1024;

    private string[] StoredFiles(Guid trustId)
    {
        var folder = Path.Combine(app.DataFolder, "evidence", trustId.ToString("D"));
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];
    }

    private static void SignInAsOwner(IServiceProvider services, TestTrust trust) =>
        services.GetRequiredService<CurrentUser>().Set(trust[TrustRole.RootCauseOwner].Id, trust.TrustId, [TrustRole.RootCauseOwner], false);

    private static UploadEvidenceFileHandler Handler(IServiceProvider services, long maxBytes, IFileStore? store = null) => new(
        services.GetRequiredService<QipDbContext>(), services.GetRequiredService<CurrentUser>(), services.GetRequiredService<TimeProvider>(),
        store ?? services.GetRequiredService<IFileStore>(), services.GetRequiredService<EvidenceFileOptions>() with { MaxBytes = maxBytes });

    [Fact]
    public async Task A_file_over_the_configured_limit_is_refused_naming_the_file_its_size_and_the_limit()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Limit {Guid.NewGuid():N}"[..14]);
        await using var scope = app.Services.CreateAsyncScope();
        SignInAsOwner(scope.ServiceProvider, trust);
        var pdf = Pdf(new string('x', 3000));

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => Handler(scope.ServiceProvider, maxBytes: 1024)
            .Handle(new UploadEvidenceFile(trust.RootCauseIds[0], "Audit", "", "big audit.pdf", pdf.Length, new MemoryStream(pdf)), default));

        Assert.Equal([$"'big audit.pdf' is 3.1 KB ({pdf.Length:N0} bytes), over the 1 KB (1,024 bytes) limit for an evidence file."], error.Errors["File"]);
        Assert.Empty(StoredFiles(trust.TrustId));
    }

    [Fact]
    public async Task A_file_larger_than_its_declared_length_is_still_held_to_the_limit()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Liar {Guid.NewGuid():N}"[..13]);
        await using var scope = app.Services.CreateAsyncScope();
        SignInAsOwner(scope.ServiceProvider, trust);
        var pdf = Pdf(new string('x', 3000));

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => Handler(scope.ServiceProvider, maxBytes: 1024)
            .Handle(new UploadEvidenceFile(trust.RootCauseIds[0], "Audit", "", "audit.pdf", 10, new OneWay(pdf)), default));

        Assert.Contains("over the 1 KB (1,024 bytes) limit", error.Errors["File"].Single());
        Assert.Empty(StoredFiles(trust.TrustId));
    }

    [Fact]
    public async Task An_upload_too_large_for_the_form_gets_413_naming_the_limit_before_it_is_read()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Huge {Guid.NewGuid():N}"[..13]);
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);
        var url = $"/api/v1/root-causes/{trust.RootCauseIds[0]}/evidence/file";
        var huge = new byte[TwentyMegabytes + 512 * 1024];
        Pdf().CopyTo(huge, 0);

        var withLength = await owner.PostAsync(url, Form("scan.pdf", huge));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, withLength.StatusCode);
        Assert.Contains("over the 20 MB (20,971,520 bytes) limit", (await withLength.Content.ReadFromJsonAsync<Problem>(Json.Options))!.Detail);

        // Sent in chunks without a length, the form reader stops at the limit instead.
        var chunked = new MultipartFormDataContent { { new StreamContent(new OneWay(huge)), "file", "scan.pdf" }, { new StringContent("Scan"), "title" } };
        var withoutLength = await owner.PostAsync(url, chunked);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, withoutLength.StatusCode);
        Assert.Contains("over the 20 MB (20,971,520 bytes) limit", (await withoutLength.Content.ReadFromJsonAsync<Problem>(Json.Options))!.Detail);

        Assert.Empty(StoredFiles(trust.TrustId));
    }

    [Fact]
    public async Task A_file_just_over_the_limit_is_refused_by_name()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Over {Guid.NewGuid():N}"[..13]);
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);
        var justOver = new byte[TwentyMegabytes + 1];
        Pdf().CopyTo(justOver, 0);

        var response = await owner.PostAsync($"/api/v1/root-causes/{trust.RootCauseIds[0]}/evidence/file", Form("scan.pdf", justOver));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'scan.pdf' is 20 MB (20,971,521 bytes), over the 20 MB (20,971,520 bytes) limit",
            (await response.Content.ReadFromJsonAsync<Problem>(Json.Options))!.Detail);
        Assert.Empty(StoredFiles(trust.TrustId));
    }

    [Fact]
    public async Task The_stored_file_is_removed_when_the_database_save_fails()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Fail {Guid.NewGuid():N}"[..13]);
        await using var scope = app.Services.CreateAsyncScope();
        SignInAsOwner(scope.ServiceProvider, trust);
        using var cancel = new CancellationTokenSource();
        // The file is stored, then the request is cancelled, so the save that follows fails.
        var store = new CancelAfterSave(scope.ServiceProvider.GetRequiredService<IFileStore>(), cancel);
        var pdf = Pdf();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Handler(scope.ServiceProvider, TwentyMegabytes, store)
            .Handle(new UploadEvidenceFile(trust.RootCauseIds[0], "Audit", "", "audit.pdf", pdf.Length, new MemoryStream(pdf)), cancel.Token));

        Assert.True(store.Saved);
        Assert.Empty(StoredFiles(trust.TrustId));
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_such_as_a_browser_upload_is_stored_whole()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Page {Guid.NewGuid():N}"[..13]);
        await using var scope = app.Services.CreateAsyncScope();
        SignInAsOwner(scope.ServiceProvider, trust);
        var pdf = Pdf("from the My work page");

        var evidence = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new UploadEvidenceFile(trust.RootCauseIds[0], "Audit", "Shows the audit", "audit.pdf", pdf.Length, new OneWay(pdf)));

        Assert.Equal(pdf.Length, evidence.SizeBytes);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(Assert.Single(StoredFiles(trust.TrustId))));
    }

    [Fact]
    public async Task A_file_name_with_control_characters_is_refused_before_anything_is_read()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Name {Guid.NewGuid():N}"[..13]);
        await using var scope = app.Services.CreateAsyncScope();
        SignInAsOwner(scope.ServiceProvider, trust);
        var pdf = Pdf();

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new UploadEvidenceFile(trust.RootCauseIds[0], "Audit", "", "audit\r\nX-Evil: 1.pdf", pdf.Length, new MemoryStream(pdf))));

        Assert.Contains("control characters", error.Errors["FileName"].Single());
        Assert.Empty(StoredFiles(trust.TrustId));
    }

    /// <summary>A stream that cannot seek or tell its length, like an upload read as it arrives.</summary>
    private sealed class OneWay(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class CancelAfterSave(IFileStore inner, CancellationTokenSource cancel) : IFileStore
    {
        public bool Saved { get; private set; }

        public async Task<StoredFile> SaveAsync(Guid trustId, Stream content, string contentType, CancellationToken ct = default)
        {
            var stored = await inner.SaveAsync(trustId, content, contentType, ct);
            Saved = true;
            await cancel.CancelAsync();
            return stored;
        }

        public Task<Stream> OpenReadAsync(Guid trustId, string key, CancellationToken ct = default) => inner.OpenReadAsync(trustId, key, ct);
        public Task DeleteAsync(Guid trustId, string key, CancellationToken ct = default) => inner.DeleteAsync(trustId, key, ct);
    }
}
