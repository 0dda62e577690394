using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Files;
using QipTracker.Web.Components.Shared;
using QipTracker.Web.Features.Evidence;
using Radzen;

namespace QipTracker.Web.Tests.Components;

/// <summary>The evidence form when the file store cannot be reached: the person is told so, in the store's own words.</summary>
public sealed class EvidenceFormTests : ComponentContext
{
    [Fact]
    public async Task A_file_added_while_the_file_store_is_down_says_so_and_the_form_keeps_the_file()
    {
        const string said = "The file store could not be reached. The file could not be stored, so nothing was saved.";
        Mediator.Answer<UploadEvidenceFile, EvidenceDto>(_ => throw new FileStoreUnavailableException(said, new IOException("Connection refused")));
        var cut = Render<EvidenceForm>(p => p.Add(c => c.RootCauseId, Guid.NewGuid()).Add(c => c.Reference, "RC-001"));

        await cut.Find("[data-testid='evidence-kind-file']").ClickAsync(new());
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary("%PDF-1.4\n%%EOF\n"u8.ToArray(), "audit.pdf", contentType: "application/pdf"));
        await cut.Find("[data-testid='evidence-add']").ClickAsync(new());

        Assert.IsType<UploadEvidenceFile>(Assert.Single(Mediator.Sent));
        var message = Assert.Single(Services.GetRequiredService<NotificationService>().Messages);
        Assert.Equal((NotificationSeverity.Error, "The file store is unavailable", said), (message.Severity, message.Summary, message.Detail));
        Assert.Equal("audit", cut.Find("[data-testid='evidence-title'] input, input[data-testid='evidence-title']").GetAttribute("value"));
    }
}
