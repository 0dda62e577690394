using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tests.BoardPapers;
using QipTracker.Web.Application;
using QipTracker.Web.CommandLine;
using QipTracker.Web.Features.BoardPapers;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.BoardPapers;

/// <summary>
/// A trust whose stored data holds characters XML cannot (issue 10: an ISG named with a NUL made paper generation
/// fail with "hexadecimal value 0x00 is an invalid character" and crashed the CLI). The data is written straight
/// into the database, as data from before the input policy would be; the paper is still generated.
/// </summary>
public abstract class StoredTextPaperTests(QipAppFactory app) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qip-stored-text-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task The_board_paper_verb_writes_the_paper_of_a_trust_whose_isg_name_holds_characters_xml_cannot()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Nul {Guid.NewGuid():N}"[..11]);
        // PostgreSQL text cannot hold NUL at all, so there the name carries another control character XML refuses.
        var bad = app.Provider == DatabaseProvider.Sqlite ? "Unscheduled\0 Care\uFFFF" : "Unscheduled\u0001 Care\uFFFF";
        await app.AsSystem(async sp =>
            await sp.GetRequiredService<QipDbContext>().Isgs.Where(i => i.Id == trust.IsgId).ExecuteUpdateAsync(s => s.SetProperty(i => i.Name, bad)));
        var month = PaperMonth.Key(PaperMonth.Of(app.Clock.Today()).AddMonths(-1));

        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await VerbRunner.RunAsync(app.Services, CommandLineInvocation.Parse(["board-paper", "--trust", trust.Name, "--month", month, "--out", _folder]), output, error);

        Assert.True(code == 0, error.ToString());
        var paths = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var docx = new WordDocument(await File.ReadAllBytesAsync(paths[0]));
        Assert.Contains("Unscheduled Care", docx.Text);
        Assert.Contains(docx.Images, i => i.Title.StartsWith("Unscheduled Care", StringComparison.Ordinal));
        PdfDocumentText.Read(await File.ReadAllBytesAsync(paths[1])).AssertInOrder("Cover sheet", "Unscheduled Care", "4 Recommendation");
        Assert.Contains(bad, await File.ReadAllTextAsync(paths[2]).ContinueWith(t => Infrastructure.BoardPapers.BoardPaperJson.Deserialize(t.Result).Situation.Isgs[0].Name));
    }
}

[Collection(OnSqlite.Name)]
public sealed class StoredTextPaperOnSqlite(SqliteApp app) : StoredTextPaperTests(app);

[Collection(OnPostgres.Name)]
public sealed class StoredTextPaperOnPostgres(PostgresApp app) : StoredTextPaperTests(app);
