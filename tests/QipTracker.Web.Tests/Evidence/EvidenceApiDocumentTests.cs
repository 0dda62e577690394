using System.Text.Json;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Evidence;

[Collection(OnSqlite.Name)]
public sealed class EvidenceApiDocumentTests(SqliteApp app)
{
    [Fact]
    public async Task The_api_document_describes_the_evidence_endpoints_and_the_upload_form()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Docs {Guid.NewGuid():N}"[..13]);
        var browser = await app.SignedInAsync(trust[TrustRole.Pmo]);

        using var document = JsonDocument.Parse(await browser.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");

        foreach (var path in new[] { "/api/v1/root-causes/{id}/evidence", "/api/v1/root-causes/{id}/evidence/note",
                     "/api/v1/root-causes/{id}/evidence/link", "/api/v1/root-causes/{id}/evidence/file", "/api/v1/evidence/{id}/download" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the API document");
        var upload = paths.GetProperty("/api/v1/root-causes/{id}/evidence/file").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.True(upload.TryGetProperty("multipart/form-data", out _));
    }
}
