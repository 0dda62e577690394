using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Reporting;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Tests.BoardPapers;
using QipTracker.Web.Application;
using QipTracker.Web.CommandLine;
using QipTracker.Web.Features.BoardPapers;
using QipTracker.Web.Features.Trajectory;
using QipTracker.Web.Tests.PlanImport;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.BoardPapers;

/// <summary>
/// The board-paper verb for a plan that was imported from a spreadsheet (no inspection recorded): last
/// month's paper written as DOCX, PDF and frozen JSON, figures checked against the trajectory.
/// </summary>
public abstract class BoardPaperVerbTests(QipAppFactory app) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qip-paper-verb-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var verb = ActivatorUtilities.CreateInstance<BoardPaperVerb>(scope.ServiceProvider);
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await verb.RunAsync(new VerbArguments(args), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task The_verb_writes_an_imported_plans_paper_for_a_past_month_as_docx_pdf_json_and_pptx_and_prints_their_paths()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Imp {Guid.NewGuid():N}"[..11]);
        var month = PaperMonth.Of(app.Clock.Today()).AddMonths(-1);
        string Day(int n) => month.AddDays(n - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var owner = $"owner{Guid.NewGuid():N}"[..12] + "@imported.example.nhs.uk";
        // The plan ran from the first of last month, before it was brought in: the file says so, so last month's paper counts it.
        var plan = new PlanSpreadsheet()
            .Add("Scheduled Care", "MD-10", "Must Do", "The trust must fix theatre lists.", "RC-S1", "Lists are not reviewed.", owner, Day(5),
                status: "Completed", completedOn: Day(3), evidence: "Theatre list audit: 98% reviewed", addedToPlan: Day(1))
            .Add("Scheduled Care", "MD-10", "Must Do", "The trust must fix theatre lists.", "RC-S2", "No escalation route.", owner, Day(12), addedToPlan: Day(1))
            .Add("Workforce", "SD-20", "Should Do", "The trust should improve appraisal rates.", "RC-W1", "Appraisals not booked.", owner, Day(20),
                status: "Assured", completedOn: Day(18), evidence: "Appraisal report: 91%", addedToPlan: Day(1))
            .Add("Workforce", "SD-21", "Should Do", "The trust should train staff in safeguarding.", "RC-W2", "Training not tracked.", owner, Day(60), addedToPlan: Day(1));
        var imported = await new PlanImportDriver(app, trust).ImportAsync(plan.Csv());
        Assert.Equal(4, imported.Rows);

        var usage = await Assert.ThrowsAsync<VerbUsageException>(() => RunAsync("--trust", trust.Name, "--month", "10/2026", "--out", _folder));
        Assert.Contains("yyyy-MM", usage.Message);
        Assert.Equal(1, (await RunAsync("--trust", "No Such Trust", "--month", PaperMonth.Key(month), "--out", _folder)).Code);
        Assert.Contains("docx, pdf, pptx or json", (await Assert.ThrowsAsync<VerbUsageException>(() =>
            RunAsync("--trust", trust.Name, "--month", PaperMonth.Key(month), "--out", _folder, "--format", "pptx,odp"))).Message);

        var (code, output, error) = await RunAsync("--trust", trust.Name, "--month", PaperMonth.Key(month), "--out", _folder);
        Assert.True(code == 0, error);
        var paths = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var key = PaperMonth.Key(month);
        Assert.Equal([$"qip-board-paper-{key}.docx", $"qip-board-paper-{key}.pdf", $"qip-board-paper-{key}.json", $"qip-board-paper-{key}.pptx"], paths.Select(Path.GetFileName));
        using (var deck = DocumentFormat.OpenXml.Packaging.PresentationDocument.Open(paths[3], false))
            Assert.Contains("Scheduled Care", string.Join(" ", deck.PresentationPart!.SlideParts.SelectMany(p => p.Slide.Descendants<DocumentFormat.OpenXml.Drawing.Text>()).Select(t => t.Text)));
        Assert.All(paths, p => Assert.True(File.Exists(p) && Path.IsPathRooted(p), p));

        var docx = new WordDocument(await File.ReadAllBytesAsync(paths[0]));
        var trajectory = await app.SendAs(trust, TrustRole.Pmo, new GetTrajectory(ReportingPeriods.MonthEnd(month)));
        Assert.Equal(["Scheduled Care", "Unscheduled Care", "Workforce"], trajectory.Series.Where(s => s.IsgId is not null && s.Priority is null).Select(s => s.Isg));
        // An imported plan: every Must Do and Should Do figure per ISG is the trajectory's, this month and last.
        var before = await app.SendAs(trust, TrustRole.Pmo, new GetTrajectory(ReportingPeriods.MonthEnd(month.AddMonths(-1))));
        PaperAssert.DeliveryMatchesTrajectory(docx, trajectory, before);
        Assert.Equal(["1", "2", "1", "2", "50.0%", "0", "0", "0", "0", "—"], docx.Tables.Single(t => t.Rows.Length > 1 && t.Rows[1].Length == 11).Row("Scheduled Care")[1..]);
        PaperAssert.ChartsHaveAltText(docx, ["Scheduled Care", "Unscheduled Care", "Workforce"]);
        PaperAssert.HasSections(docx);
        Assert.Contains("No CQC inspection is recorded for the trust. The plan answers 2 Must Do and 2 Should Do findings.", docx.Text);
        PdfDocumentText.Read(await File.ReadAllBytesAsync(paths[1])).AssertInOrder("Cover sheet", "1 Situation", "3 Assessment", "4 Recommendation");
        var frozen = Infrastructure.BoardPapers.BoardPaperJson.Deserialize(await File.ReadAllTextAsync(paths[2]));
        Assert.Equal(trajectory.Total.CompletedToDate, frozen.Assessment.Total.Completed);

        // The verb's paper is in the trust's history like one generated from the page.
        var listed = Assert.Single(await app.SendAs(trust, TrustRole.BoardMember, new ListGeneratedPapers(month)));
        Assert.Equal(Features.BoardPapers.GeneratedPaperDto.BySystem, listed.GeneratedBy);
    }
}

[Collection(OnSqlite.Name)]
public sealed class BoardPaperVerbOnSqlite(SqliteApp app) : BoardPaperVerbTests(app);
[Collection(OnPostgres.Name)]
public sealed class BoardPaperVerbOnPostgres(PostgresApp app) : BoardPaperVerbTests(app);
