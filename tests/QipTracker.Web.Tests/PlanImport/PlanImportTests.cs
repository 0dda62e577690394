using System.Text;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Application;
using QipTracker.Web.Features.PlanImport;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.PlanImport;

/// <summary>The plan import end to end through the pipeline, on each database provider.</summary>
public abstract class PlanImportTests(QipAppFactory app)
{
    private async Task<PlanImportDriver> NewTrustAsync() =>
        new(app, await TestTrust.CreateAsync(app.Services, $"Import {Guid.NewGuid():N}"));

    // Owners' emails are new in every test: the apps are shared, and people are not per trust.
    internal static PlanSpreadsheet SmallPlan()
    {
        var at = $"@small{Guid.NewGuid():N}"[..14] + ".example.nhs.uk";
        return new PlanSpreadsheet()
        .Add("Workforce", "MD-10", "MustDo", "Staff must complete safeguarding training.", "RC-100", "Training is booked on paper.",
            "jane.smith@small.example.nhs.uk", "2026-12-31", "InProgress", forecastDue: "2027-01-15", domain: "Safe")
        .Add("Workforce", "SD-11", "ShouldDo", "Appraisals should be up to date.", "RC-100", "Training is booked on paper.",
            "jane.smith@small.example.nhs.uk", "2026-12-31", "InProgress", forecastDue: "2027-01-15", domain: "WellLed")
        .Add("Workforce", "SD-11", "ShouldDo", "Appraisals should be up to date.", "RC-101", "Managers lack appraisal time.",
            "ahmed.khan@small.example.nhs.uk", "31/01/2027", domain: "WellLed")
        .Add("Workforce", "SD-12", "ShouldDo", "Rotas should be published six weeks ahead.", "RC-102", "Rota software is not used.",
            "ahmed.khan@small.example.nhs.uk", "2027-02-28", "Completed", completedOn: "2026-11-02", evidence: "Rota audit: 6 weeks ahead since October")
        .Add("Workforce", "SD-12", "ShouldDo", "Rotas should be published six weeks ahead.", "RC-103", "Bank staff are booked late.",
            "ahmed.khan@small.example.nhs.uk", "2027-02-28", "Embedded", completedOn: "2026-09-30", evidence: "https://intranet.example.nhs.uk/bank-audit")
            .WithOwnerDomain(at);
    }

    [Fact]
    public async Task A_400_root_cause_plan_imports_with_its_links_owners_and_priority_classes()
    {
        var trust = await NewTrustAsync();
        var plan = new GeneratedPlan();

        var result = await trust.ImportAsync(plan.Sheet.Csv());

        Assert.Equal(new ImportCounts(4, 0, 1), result.Isgs); // "Unscheduled Care" was already there
        Assert.Equal(new ImportCounts(170, 0, 0), result.Findings);
        Assert.Equal(new ImportCounts(400, 0, 0), result.RootCauses);
        Assert.Equal(new ImportCounts(plan.Links, 0, 0), result.Links);
        Assert.Equal(new ImportCounts(60, 0, 0), result.Owners);
        Assert.InRange(plan.Links, 450, 460);

        var (priorities, statuses, links, baselines) = await trust.ReadAsync(async db => (
            await db.RootCauses.Where(r => r.Reference.Length == 7).ToDictionaryAsync(r => r.Reference, r => r.Priority),
            await db.RootCauses.Where(r => r.Reference.Length == 7).GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count),
            await db.RootCauseFindings.CountAsync(),
            await db.BaselineHistory.CountAsync(b => b.ChangeRequestId == null)));
        Assert.Equal(plan.Priorities.OrderBy(p => p.Key), priorities.OrderBy(p => p.Key));
        Assert.Equal(plan.Statuses.OrderBy(s => s.Key), statuses.OrderBy(s => s.Key));
        Assert.Equal(plan.Links + 3, links); // plus the test trust's own three
        Assert.Equal(400 + 3, baselines); // each one's original baseline, and the test trust's own three

        var (invited, invitations, memberships, emails) = await trust.ReadAsync(async db => (
            await db.Users.Where(u => u.Email!.EndsWith(plan.OwnerDomain) && u.CurrentTrustId == trust.Trust.TrustId).ToListAsync(),
            await db.Invitations.CountAsync(i => i.Role == TrustRole.RootCauseOwner),
            await db.Memberships.CountAsync(m => m.Role == TrustRole.RootCauseOwner),
            await db.OutboxEmails.CountAsync(o => o.ToAddress.EndsWith(plan.OwnerDomain) && o.TextBody.Contains("/account/accept-invitation?token="))));
        Assert.Equal(60, emails); // each new owner is emailed their one-time link
        Assert.Equal(60, invited.Count);
        Assert.All(invited, u => Assert.True(u.PasswordHash is null && !u.EmailConfirmed, u.Email));
        Assert.Contains(invited, u => u.Email == "owner.07" + plan.OwnerDomain && u.DisplayName == "Owner 07");
        Assert.Equal(60, invitations);
        Assert.Equal(1, memberships); // the test trust's own owner: the invited owners join when they accept
    }

    [Fact]
    public async Task Re_importing_the_same_file_changes_nothing()
    {
        var trust = await NewTrustAsync();
        var file = new GeneratedPlan(findings: 40, rootCauses: 90).Sheet.Csv();
        await trust.ImportAsync(file);
        var audit = await trust.AuditEntriesAsync();

        var again = await trust.ImportAsync(file);

        Assert.Equal(audit, await trust.AuditEntriesAsync());
        Assert.Equal(new ImportCounts(0, 0, 90), again.RootCauses);
        Assert.Equal(new ImportCounts(0, 0, 40), again.Findings);
        Assert.Equal(0, again.Links.Created);
        Assert.Equal(new ImportCounts(0, 0, 60), again.Owners);
        Assert.Equal(0, again.Isgs.Created);
    }

    [Fact]
    public async Task One_bad_row_imports_nothing_and_names_the_row()
    {
        var trust = await NewTrustAsync();
        var plan = new GeneratedPlan();
        plan.Sheet.Row(57)["finding_kind"] = "Must";
        plan.Sheet.Row(300)["owner_email"] = "not an email";
        var audit = await trust.AuditEntriesAsync();

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => trust.ImportAsync(plan.Sheet.Csv()));

        Assert.Equal(["'Must' is not MustDo or ShouldDo"], error.Errors["row 57, finding_kind"]);
        Assert.Equal(["'not an email' is not an email address"], error.Errors["row 300, owner_email"]);
        Assert.Equal(audit, await trust.AuditEntriesAsync());
        Assert.Equal(1, await trust.ReadAsync(db => db.Findings.CountAsync()));
    }

    [Fact]
    public async Task An_edited_re_import_updates_by_reference_and_the_audit_trail_shows_each_change()
    {
        var trust = await NewTrustAsync();
        var plan = SmallPlan();
        await trust.ImportAsync(plan.Csv());
        var edited = plan.Copy();
        foreach (var row in edited.RowsOf("RC-100")) row["root_cause_text"] = "Training is booked on paper forms that get lost.";
        foreach (var row in edited.RowsOf("RC-101"))
        {
            row["owner_email"] = "new.owner" + row["owner_email"][row["owner_email"].IndexOf('@')..];
            row["baseline_due"] = "2027-03-31";
        }
        foreach (var row in edited.RowsOf("RC-101"))
            (row["status"], row["completed_on"], row["evidence"]) = ("Assured", "2026-11-19", "Appraisal rates 96%");
        foreach (var row in edited.Rows.Where(r => r["finding_ref"] == "SD-11")) row["finding_kind"] = "Must Do";

        // SD-11 becomes a Must Do: a change to a finding already in the plan, so it is applied through a confirmed preview.
        var (_, result) = await trust.PreviewAndApplyAsync(edited.Csv());

        Assert.Equal(new ImportCounts(0, 2, 2), result.RootCauses); // RC-100 and RC-101 changed
        Assert.Equal(new ImportCounts(1, 0, 2), result.Owners);
        Assert.Equal(new ImportCounts(0, 1, 2), result.Findings);
        var (rc100, rc101, history, audit) = await trust.ReadAsync(async db => (
            await db.RootCauses.SingleAsync(r => r.Reference == "RC-100"),
            await db.RootCauses.Include(r => r.Evidence).SingleAsync(r => r.Reference == "RC-101"),
            await db.BaselineHistory.Where(b => db.RootCauses.Any(r => r.Id == b.RootCauseId && r.Reference == "RC-101")).ToListAsync(),
            await db.AuditEntries.Where(a => a.TrustId == trust.Trust.TrustId && a.EntityType == "RootCause" && a.Operation == Domain.Auditing.AuditOperation.Modified)
                .Select(a => new { a.Field, a.Before, a.After }).ToListAsync()));
        Assert.Equal("Training is booked on paper forms that get lost.", rc100.Description);
        Assert.Equal(PriorityClass.MustDo, rc101.Priority); // SD-11 became a Must Do
        Assert.Equal((RootCauseStatus.Assured, new DateOnly(2026, 11, 19), new DateOnly(2027, 3, 31)), (rc101.Status, rc101.CompletedOn!.Value, rc101.BaselineDue));
        Assert.Equal("Appraisal rates 96%", Assert.Single(rc101.Evidence).WhatItShows);
        Assert.Equal([new DateOnly(2027, 1, 31), new DateOnly(2027, 3, 31)], history.Select(h => h.BaselineDue).Order());
        Assert.Contains(audit, a => a.Field == "Description" && a.After == "Training is booked on paper forms that get lost.");
        Assert.Contains(audit, a => a.Field == "BaselineDue" && a.Before == "2027-01-31" && a.After == "2027-03-31");
        Assert.Contains(audit, a => a.Field == "OwnerId");
        Assert.Contains(audit, a => a.Field == "Status" && a.After == "Assured");
        Assert.Contains(audit, a => a.Field == "Priority" && a.After == "MustDo");

        var entries = await trust.AuditEntriesAsync();
        await trust.ImportAsync(edited.Csv());
        Assert.Equal(entries, await trust.AuditEntriesAsync());
    }

    [Fact]
    public async Task A_status_moving_backwards_is_a_row_error_pointing_to_change_control()
    {
        var trust = await NewTrustAsync();
        var plan = SmallPlan();
        await trust.ImportAsync(plan.Csv());
        var back = plan.Copy();
        (back.Row(5)["status"], back.Row(5)["completed_on"]) = ("InProgress", "");

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => trust.ImportAsync(back.Csv()));

        var reason = Assert.Single(error.Errors["row 5, status"]);
        Assert.StartsWith("root cause RC-102 is Completed in the plan and the file says In progress", reason);
        Assert.Contains("change control", reason);
    }

    [Fact]
    public async Task A_plan_running_before_it_was_brought_in_keeps_the_day_each_root_cause_entered_it()
    {
        var trust = await NewTrustAsync();
        var plan = SmallPlan();
        foreach (var row in plan.RowsOf("RC-100").Concat(plan.RowsOf("RC-101"))) row["added_to_plan"] = "2026-06-01";
        foreach (var row in plan.RowsOf("RC-101")) row["added_to_plan"] = "2026-07-15";
        var (preview, _) = await trust.PreviewAndApplyAsync(plan.Csv());
        // The preview says it, as it says every field of a new root cause.
        var rc101 = Assert.Single(preview.Changes, c => c.Reference == "RC-101");
        Assert.Contains(rc101.Fields, f => f is { Field: "in the plan since", After: "15 Jul 2026" });
        Assert.Contains("in the plan since 15 Jul 2026", rc101.Text);
        Assert.DoesNotContain(preview.Changes.Single(c => c.Reference == "RC-102").Fields, f => f.Field == "in the plan since");

        var (rootCauses, findings, baselines) = await trust.ReadAsync(async db => (
            await db.RootCauses.Where(r => r.Reference.StartsWith("RC-10")).ToDictionaryAsync(r => r.Reference, r => r.AddedToPlanOn),
            await db.Findings.Where(f => f.Reference != "MD-1").ToDictionaryAsync(f => f.Reference, f => f.AddedToPlanOn),
            await db.BaselineHistory.Where(b => b.ChangeRequestId == null).Join(db.RootCauses.Where(r => r.Reference == "RC-101"), b => b.RootCauseId, r => r.Id, (b, _) => b.EffectiveFrom).ToListAsync()));
        Assert.Equal(new DateOnly(2026, 6, 1), rootCauses["RC-100"]);
        Assert.Equal(new DateOnly(2026, 7, 15), rootCauses["RC-101"]);
        // No day given: the day of the import, unless its completion shows it was in the plan earlier.
        Assert.Equal(new DateOnly(2026, 11, 2), rootCauses["RC-102"]);
        Assert.Equal(new DateOnly(2026, 9, 30), rootCauses["RC-103"]);
        // A finding new in the file entered the plan with the first of its root causes; its baseline took effect then.
        Assert.Equal(new DateOnly(2026, 6, 1), findings["MD-10"]);
        Assert.Equal(new DateOnly(2026, 6, 1), findings["SD-11"]);
        Assert.Equal([new DateOnly(2026, 7, 15)], baselines);

        // The export carries the day, so it re-imports unchanged; a different day is refused, not rewritten.
        var exported = System.Text.Encoding.UTF8.GetString((await trust.ExportAsync("csv")).Content);
        Assert.Contains(",2026-07-15", exported);
        var moved = plan.Copy();
        foreach (var row in moved.RowsOf("RC-100")) row["added_to_plan"] = "2026-05-01";
        var error = await Assert.ThrowsAsync<RequestValidationException>(() => trust.ImportAsync(moved.Csv()));
        Assert.Equal(["root cause RC-100 entered the plan on 2026-06-01; an import does not change that day"], error.Errors["row 2, added_to_plan"]);
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_happen_and_saves_nothing()
    {
        var trust = await NewTrustAsync();
        var audit = await trust.AuditEntriesAsync();

        var result = await trust.ImportAsync(SmallPlan().Csv(), dryRun: true);

        Assert.True(result.DryRun);
        Assert.Equal(ImportOutcome.Preview, result.Outcome);
        Assert.Equal(new ImportCounts(4, 0, 0), result.RootCauses);
        Assert.Equal(audit, await trust.AuditEntriesAsync());
        Assert.Equal(3, await trust.ReadAsync(db => db.RootCauses.CountAsync()));
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public async Task An_export_imported_again_changes_nothing(string format)
    {
        var trust = await NewTrustAsync();
        await trust.ImportAsync(SmallPlan().Csv());
        await trust.ImportAsync(new GeneratedPlan(findings: 20, rootCauses: 30).Sheet.Csv());
        var audit = await trust.AuditEntriesAsync();

        var exported = await trust.ExportAsync(format);
        var result = await trust.ImportAsync(exported.Content, exported.FileName);

        Assert.EndsWith("." + format, exported.FileName);
        Assert.Equal(0, result.RootCauses.Created + result.RootCauses.Updated);
        Assert.Equal(0, result.Findings.Created + result.Findings.Updated);
        Assert.Equal(0, result.Links.Created);
        Assert.Equal(audit, await trust.AuditEntriesAsync());
    }

    [Fact]
    public async Task An_export_neutralises_a_finding_text_that_a_spreadsheet_would_run_as_a_formula()
    {
        var trust = await NewTrustAsync();
        var plan = SmallPlan();
        foreach (var row in plan.Rows.Where(r => r["finding_ref"] == "MD-10")) row["finding_text"] = "=HYPERLINK(\"http://evil.example\",\"Click\")";
        await trust.ImportAsync(plan.Csv());

        var csv = Encoding.UTF8.GetString((await trust.ExportAsync("csv")).Content);

        Assert.Contains("'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")", csv);
        Assert.DoesNotContain(",=HYPERLINK", csv);
        Assert.Equal("=HYPERLINK(\"http://evil.example\",\"Click\")",
            await trust.ReadAsync(db => db.Findings.Where(f => f.Reference == "MD-10").Select(f => f.Text).SingleAsync()));
    }

    [Fact]
    public async Task Only_the_pmo_imports_and_readers_of_the_plan_export()
    {
        var trust = await NewTrustAsync();
        foreach (var role in new[] { TrustRole.RootCauseOwner, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember, TrustRole.TrustAdmin })
            await Assert.ThrowsAsync<ForbiddenException>(() => trust.ImportAsync(SmallPlan().Csv(), role: role));
        foreach (var role in new[] { TrustRole.RootCauseOwner, TrustRole.TrustAdmin })
            await Assert.ThrowsAsync<ForbiddenException>(() => trust.ExportAsync("xlsx", role));
        foreach (var role in new[] { TrustRole.Pmo, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember })
            Assert.Equal(3, (await trust.ExportAsync("csv", role)).Rows); // the test trust's MD-1 and its three root causes
    }
}

[Collection(OnSqlite.Name)]
public sealed class PlanImportOnSqlite(SqliteApp app) : PlanImportTests(app);

[Collection(OnPostgres.Name)]
public sealed class PlanImportOnPostgres(PostgresApp app) : PlanImportTests(app);
