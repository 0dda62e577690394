using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.CommandLine;
using QipTracker.Web.Features.PlanImport;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.PlanImport;

/// <summary>
/// The import's preview on each database: what it will create, update field by field and leave alone, in words;
/// a colliding reference changes an existing finding only through a confirmed preview, wholly, and an apply
/// imports exactly what was previewed or nothing.
/// </summary>
public abstract class PlanImportPreviewTests(QipAppFactory app)
{
    private static readonly string[] CodeKeys = ["InProgress", "NotStarted", "MustDo", "ShouldDo", "WellLed", "FindingsUpdated"];

    private async Task<PlanImportDriver> NewTrustAsync() =>
        new(app, await TestTrust.CreateAsync(app.Services, $"Preview {Guid.NewGuid():N}"));

    /// <summary>The test trust's MD-1 (a Must Do in Unscheduled Care, answered by RC-001–003) rewritten as another finding.</summary>
    private static PlanSpreadsheet Collision(string owner) => new PlanSpreadsheet()
        .Add("Workforce", "MD-1", "ShouldDo", "Staff must complete safeguarding training.", "RC-900", "Training is booked on paper.", owner, "2027-01-31");

    private static string NewOwner() => $"new.owner@p{Guid.NewGuid():N}"[..22] + ".example.nhs.uk";

    private static Task TagMd1Async(PlanImportDriver trust) => trust.ReadAsync(async db =>
    {
        (await db.Findings.SingleAsync(f => f.Reference == "MD-1")).TagKloe("W4", "W4.2");
        return await db.SaveChangesAsync();
    });

    private static Task<Finding> Md1Async(PlanImportDriver trust) => trust.ReadAsync(db => db.Findings.AsNoTracking().SingleAsync(f => f.Reference == "MD-1"));

    // The defect: "2 updated" meant two findings got new text and a new ISG, unseen, keeping their old KLOE codes.
    [Fact]
    public async Task An_import_never_rewrites_a_finding_already_in_the_plan_without_a_confirmed_preview()
    {
        var trust = await NewTrustAsync();
        await TagMd1Async(trust);

        try { await trust.ImportAsync(Collision(NewOwner()).Csv()); }
        catch (RequestValidationException) { }

        var md1 = await Md1Async(trust);
        Assert.Equal(("The trust must ensure medicines are stored safely.", FindingKind.MustDo, trust.Trust.IsgId, "W4"),
            (md1.Text, md1.Kind, md1.IsgId, md1.KloeCode));
    }

    [Fact]
    public async Task A_colliding_finding_is_previewed_field_by_field_and_changed_wholly_only_once_that_preview_is_confirmed()
    {
        var trust = await NewTrustAsync();
        await TagMd1Async(trust);
        var owner = NewOwner();
        var file = Collision(owner).Csv();
        var audit = await trust.AuditEntriesAsync();

        var preview = await trust.ImportAsync(file, dryRun: true);

        Assert.Equal(ImportOutcome.Preview, preview.Outcome);
        var md1 = preview.Changes[0];
        Assert.Equal(("finding", "MD-1", ImportAction.Update), (md1.Record, md1.Reference, md1.Action));
        Assert.Equal(
        [
            new FieldChange("text", "The trust must ensure medicines are stored safely.", "Staff must complete safeguarding training."),
            new FieldChange("kind", "Must Do", "Should Do"),
            new FieldChange("ISG", "Unscheduled Care", "Workforce"),
            new FieldChange("Well-led KLOE", "W4", null),
            new FieldChange("KLOE prompt", "W4.2", null),
        ], md1.Fields);
        Assert.Equal("Finding MD-1: text changed from 'The trust must ensure medicines are stored safely.' to 'Staff must complete safeguarding training.'; " +
                     "kind changed from Must Do to Should Do; ISG changed from Unscheduled Care to Workforce; Well-led KLOE removed (was W4); " +
                     "KLOE prompt removed (was W4.2)", md1.Text);
        // The root causes answering MD-1 are not in the file, but their priority follows it: shown, and counted as updated.
        Assert.Equal(["Root cause RC-001: priority changed from Must Do to Should Do", "Root cause RC-002: priority changed from Must Do to Should Do",
            "Root cause RC-003: priority changed from Must Do to Should Do"], preview.Changes.Skip(1).Take(3).Select(c => c.Text));
        Assert.StartsWith($"Root cause RC-900 answering MD-1 (Should Do, Workforce, owned by New Owner ({owner}), due 31 Jan 2027, Not started): " +
                          "'Training is booked on paper.'", preview.Changes[4].Text);
        Assert.Equal(["ISG Workforce", $"person {owner}"], preview.Changes.Skip(5).Select(c => $"{c.Record} {c.Reference}"));
        Assert.Equal(
        [
            "The file has 1 row, one for each finding and root cause it links.",
            "1 finding will be updated.",
            "1 root cause will be created and 3 will be updated.",
            "1 link between a finding and a root cause will be made.",
            "1 ISG will be created.",
            "1 person will be invited as a root-cause owner.",
        ], preview.Summary);
        Assert.Equal(("The trust must ensure medicines are stored safely.", "W4"), ((await Md1Async(trust)).Text, (await Md1Async(trust)).KloeCode));
        Assert.Equal(audit, await trust.AuditEntriesAsync());

        // Applying without the preview's key is refused: nothing written, the preview returned with the reason.
        var unconfirmed = await trust.ImportAsync(file);
        Assert.Equal(ImportOutcome.NeedsConfirmation, unconfirmed.Outcome);
        Assert.Contains("the file changes 1 finding already in the plan", unconfirmed.Headline);
        Assert.Equal(preview.PreviewKey, unconfirmed.PreviewKey);
        Assert.Equal(audit, await trust.AuditEntriesAsync());

        var applied = await trust.ImportAsync(file, previewKey: preview.PreviewKey);

        Assert.Equal(ImportOutcome.Applied, applied.Outcome);
        Assert.Contains("1 finding was updated.", applied.Summary);
        Assert.Equal(preview.Changes.Select(c => c.Text), applied.Changes.Select(c => c.Text));
        var (finding, isg, priorities) = await trust.ReadAsync(async db =>
        {
            var f = await db.Findings.SingleAsync(x => x.Reference == "MD-1");
            return (f, await db.Isgs.Where(i => i.Id == f.IsgId).Select(i => i.Name).SingleAsync(),
                await db.RootCauses.OrderBy(r => r.Reference).Select(r => r.Priority).ToListAsync());
        });
        Assert.Equal(("Staff must complete safeguarding training.", FindingKind.ShouldDo, "Workforce", (string?)null, (string?)null),
            (finding.Text, finding.Kind, isg, finding.KloeCode, finding.PromptCode));
        Assert.All(priorities, p => Assert.Equal(PriorityClass.ShouldDo, p)); // RC-001–003 and RC-900
    }

    [Fact]
    public async Task An_apply_whose_preview_went_stale_writes_nothing_and_answers_with_the_new_preview()
    {
        var trust = await NewTrustAsync();
        var file = Collision(NewOwner()).Csv();
        var preview = await trust.ImportAsync(file, dryRun: true);

        // Someone else rewords MD-1 between the preview and the apply.
        await trust.ReadAsync(async db =>
        {
            (await db.Findings.SingleAsync(f => f.Reference == "MD-1")).Reword("MD-1", "The trust must ensure medicines are stored and checked safely.");
            return await db.SaveChangesAsync();
        });
        var audit = await trust.AuditEntriesAsync();

        var stale = await trust.ImportAsync(file, previewKey: preview.PreviewKey);

        Assert.Equal(ImportOutcome.PreviewChanged, stale.Outcome);
        Assert.StartsWith("Nothing was saved: the plan has changed since this file was previewed", stale.Headline);
        Assert.NotEqual(preview.PreviewKey, stale.PreviewKey);
        Assert.Equal("The trust must ensure medicines are stored and checked safely.", stale.Changes[0].Fields[0].Before);
        Assert.Equal("The trust must ensure medicines are stored and checked safely.", (await Md1Async(trust)).Text);
        Assert.Equal(audit, await trust.AuditEntriesAsync());

        // Another file under the old key is not what was previewed either.
        var other = Collision(NewOwner()).Csv();
        Assert.Equal(ImportOutcome.PreviewChanged, (await trust.ImportAsync(other, previewKey: stale.PreviewKey)).Outcome);

        Assert.Equal(ImportOutcome.Applied, (await trust.ImportAsync(file, previewKey: stale.PreviewKey.ToUpperInvariant())).Outcome);
        Assert.Equal("Staff must complete safeguarding training.", (await Md1Async(trust)).Text);
    }

    [Fact]
    public async Task A_refused_import_lists_its_row_errors_and_what_its_other_rows_would_do()
    {
        var trust = await NewTrustAsync();
        var plan = PlanImportTests.SmallPlan();
        await trust.ImportAsync(plan.Csv());
        var back = plan.Copy();
        (back.Row(5)["status"], back.Row(5)["completed_on"]) = ("InProgress", "");
        foreach (var row in back.Rows.Where(r => r["finding_ref"] == "MD-10")) row["finding_text"] = "Staff must complete level 3 safeguarding training.";
        var audit = await trust.AuditEntriesAsync();

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => trust.ImportAsync(back.Csv(), dryRun: true));

        Assert.StartsWith("root cause RC-102 is Completed in the plan and the file says In progress", Assert.Single(error.Errors["row 5, status"]));
        var rest = Assert.IsType<ImportResult>(error.Details[PlanImportErrors.PreviewKey]);
        Assert.Equal(ImportOutcome.Refused, rest.Outcome);
        Assert.Contains("1 finding would be updated and 2 are already as the file says.", rest.Summary);
        Assert.Equal("Finding MD-10: text changed from 'Staff must complete safeguarding training.' to 'Staff must complete level 3 safeguarding training.'",
            Assert.Single(rest.Changes).Text);
        Assert.Equal(audit, await trust.AuditEntriesAsync());
    }

    [Fact]
    public async Task The_summary_says_in_words_what_is_created_and_what_is_left_alone()
    {
        var trust = await NewTrustAsync();
        var file = PlanImportTests.SmallPlan().Csv();

        var (preview, applied) = await trust.PreviewAndApplyAsync(file);

        Assert.Equal(
        [
            "The file has 5 rows, one for each finding and root cause it links.",
            "3 findings will be created.",
            "4 root causes will be created.",
            "5 links between findings and root causes will be made.",
            "1 ISG will be created.",
            "2 people will be invited as root-cause owners.",
            "1 finding and 3 root causes of the plan are not in the file: an import never deletes, so they will stay as they are.",
        ], preview.Summary);
        Assert.Equal("Preview: nothing has been saved yet. This is what importing the file will do.", preview.Headline);
        Assert.Equal("The plan was imported.", applied.Headline);
        Assert.Contains("3 findings were created.", applied.Summary);
        Assert.Contains("1 finding and 3 root causes of the plan were not in the file: an import never deletes, so they stayed as they are.", applied.Summary);
        Assert.Contains(preview.Changes, c => c.Text == "Finding MD-10 (Must Do, Workforce, Safe): 'Staff must complete safeguarding training.'");
        Assert.Contains(preview.Changes, c => c.Text.StartsWith("Root cause RC-100 answering MD-10, SD-11 (Must Do, Workforce, owned by Jane Smith (jane.smith@", StringComparison.Ordinal)
                                               && c.Text.EndsWith("due 31 Dec 2026, In progress, forecast 15 Jan 2027): 'Training is booked on paper.'", StringComparison.Ordinal));
        var words = preview.Summary.Concat(preview.Changes.Select(c => c.Text)).Concat(applied.Summary).ToList();
        Assert.All(CodeKeys, key => Assert.DoesNotContain(words, w => w.Contains(key)));

        var again = await trust.ImportAsync(file, dryRun: true);
        Assert.Empty(again.Changes);
        Assert.Contains("Nothing needs changing: the plan already says what the file says.", again.Summary);
        Assert.Contains("3 findings are already as the file says.", again.Summary);
    }

    [Fact]
    public async Task The_documented_sample_creates_a_fresh_trust_with_its_plan_and_then_needs_no_change()
    {
        var name = $"Sample {Guid.NewGuid():N}"[..15];
        var sample = Path.Combine(RepositoryRoot(), "docs", "samples", "plan-import-sample.csv");

        var (code, output, error) = await RunVerbAsync("--trust", name, "--file", sample, "--create-trust", "--apply");

        Assert.True(code == 0, error);
        Assert.StartsWith($"Created trust '{name}' with its plan.", output);
        Assert.Contains("7 findings were created.", output);
        Assert.Contains("8 root causes were created.", output);
        var trustId = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().Trusts.Where(t => t.Name == name).Select(t => t.Id).SingleAsync());
        var (rootCauses, md6) = await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            return (await db.RootCauses.Include(r => r.Findings).Where(r => r.TrustId == trustId).ToDictionaryAsync(r => r.Reference),
                await db.Findings.SingleAsync(f => f.TrustId == trustId && f.Reference == "MD-6"));
        });
        Assert.Equal(8, rootCauses.Count);
        Assert.Equal((2, PriorityClass.MustDo), (rootCauses["RC-003"].Findings.Count, rootCauses["RC-003"].Priority)); // MD-2 and SD-3
        Assert.Equal(PriorityClass.ShouldDo, rootCauses["RC-004"].Priority);
        Assert.Equal((RootCauseStatus.Assured, RootCauseStatus.Embedded, RootCauseStatus.NotStarted),
            (rootCauses["RC-005"].Status, rootCauses["RC-007"].Status, rootCauses["RC-006"].Status));
        Assert.Equal(("W5", "W5.1"), (md6.KloeCode, md6.PromptCode));

        (code, output, error) = await RunVerbAsync("--trust", name, "--file", sample);
        Assert.True(code == 0, error);
        Assert.Contains("Nothing needs changing", output);
    }

    private async Task<(int Code, string Output, string Error)> RunVerbAsync(params string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var verb = ActivatorUtilities.CreateInstance<ImportPlanVerb>(scope.ServiceProvider);
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await verb.RunAsync(new VerbArguments(args), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "QipTracker.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find QipTracker.sln above the test output folder.");
    }
}

[Collection(OnSqlite.Name)]
public sealed class PlanImportPreviewOnSqlite(SqliteApp app) : PlanImportPreviewTests(app);

[Collection(OnPostgres.Name)]
public sealed class PlanImportPreviewOnPostgres(PostgresApp app) : PlanImportPreviewTests(app);
