using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Bench.Data;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.BoardPapers;
using QipTracker.Web.Features.PlanImport;
using QipTracker.Web.Jobs;

namespace QipTracker.Bench.Figures;

/// <summary>The one-off work people or the schedule wait for, each timed once: jobs across every trust, imports, a board paper, SPC.</summary>
public sealed class Durations(BenchHost host, BenchTrust trust)
{
    public sealed record Figure(string Name, double Milliseconds, string? Note = null);

    /// <summary>The daily jobs, as the schedule runs them: across every trust, acting as the system.</summary>
    public async Task<IReadOnlyList<Figure>> JobsAsync(int trusts)
    {
        async Task<Figure> Job(string id, string name)
        {
            var stopwatch = Stopwatch.StartNew();
            var summary = await host.AsSystem(sp => sp.GetRequiredService<JobRunner>().RunAsync(id));
            return new Figure($"{name}, {trusts} trust{(trusts == 1 ? "" : "s")}", stopwatch.Elapsed.TotalMilliseconds, summary);
        }
        return
        [
            await Job("sprint-rhythm", "sprint-rhythm job (closes a sprint per ISG)"),
            await Job("overdue-escalation", "daily escalation job, first run"),
            await Job("overdue-escalation", "daily escalation job, next run"),
        ];
    }

    /// <summary>Imports a plan of each size into a new, empty trust through the app's import (applied, not previewed).</summary>
    public async Task<IReadOnlyList<Figure>> ImportsAsync(IEnumerable<int> sizes)
    {
        var figures = new List<Figure>();
        foreach (var rows in sizes)
        {
            var pmo = await NewTrustAsync($"Import {rows} NHS Trust", $"I{rows}");
            var csv = PlanCsv(rows);
            var stopwatch = Stopwatch.StartNew();
            var result = await host.Send(pmo, new ImportPlan(new MemoryStream(csv), "plan.csv", DryRun: false));
            var elapsed = stopwatch.Elapsed.TotalMilliseconds;
            if (result.Outcome != ImportOutcome.Applied) throw new InvalidOperationException($"The {rows}-row import was not applied: {result.Headline}");
            figures.Add(new Figure($"import {rows:N0} rows (CSV, applied)", elapsed, $"{elapsed / rows:F2} ms a row"));
        }
        return figures;
    }

    /// <summary>Last month's board paper for the measured trust: assembled from the data, then each file separately.</summary>
    public async Task<IReadOnlyList<Figure>> BoardPaperAsync()
    {
        var month = new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1).AddMonths(-1);
        return await host.As(trust.Pmo, async sp =>
        {
            var stopwatch = Stopwatch.StartNew();
            var paper = await sp.GetRequiredService<BoardPaperAssembler>().AssembleAsync(month, CancellationToken.None);
            var assembled = stopwatch.Elapsed.TotalMilliseconds;
            stopwatch.Restart();
            var word = sp.GetRequiredService<DocxWriter>().Write(paper.Content);
            var docx = stopwatch.Elapsed.TotalMilliseconds;
            stopwatch.Restart();
            sp.GetRequiredService<PptxWriter>().Write(paper.Content);
            var pptx = stopwatch.Elapsed.TotalMilliseconds;
            stopwatch.Restart();
            await sp.GetRequiredService<PdfConverter>().ConvertAsync(word, CancellationToken.None);
            var pdf = stopwatch.Elapsed.TotalMilliseconds;
            IReadOnlyList<Figure> figures =
            [
                new("board paper: assembling its content", assembled),
                new("board paper DOCX (content + Word)", assembled + docx, $"Word alone {docx:F0} ms"),
                new("board paper PDF (from the Word file, LibreOffice)", pdf),
                new("board paper PPTX (content + deck)", assembled + pptx, $"deck alone {pptx:F0} ms"),
            ];
            return figures;
        });
    }

    /// <summary>The domain's SPC (XmR chart, rules, icons) for every KPI of the trust, measurements already in memory.</summary>
    public async Task<Figure> SpcAsync()
    {
        var (kpis, values) = await host.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var kpis = await db.Kpis.IgnoreQueryFilters().AsNoTracking().Where(k => k.TrustId == trust.TrustId).ToListAsync();
            var values = (await db.KpiMeasurements.IgnoreQueryFilters().AsNoTracking().Where(m => m.TrustId == trust.TrustId)
                    .Select(m => new { m.KpiId, m.Period, m.Value }).ToListAsync())
                .ToLookup(m => m.KpiId, m => new KpiValue(m.Period, m.Value));
            return (kpis, values);
        });
        var series = kpis.Select(k => (Kpi: k, Values: values[k.Id].ToList())).ToList();
        foreach (var (kpi, points) in series) KpiSpc.Analyse(kpi, points); // warm
        var stopwatch = Stopwatch.StartNew();
        foreach (var (kpi, points) in series) KpiSpc.Analyse(kpi, points);
        return new Figure($"SPC for {kpis.Count} KPIs (in memory)", stopwatch.Elapsed.TotalMilliseconds,
            $"{series.Sum(s => s.Values.Count):N0} points");
    }

    private async Task<Actor> NewTrustAsync(string name, string ods)
    {
        return await host.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var created = DateTimeOffset.UtcNow;
            var t = new Trust(name, ods, TrustType.Acute, created);
            var email = $"pmo@{ods.ToLowerInvariant()}.example";
            var pmo = new AppUser
            {
                UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(),
                EmailConfirmed = true, DisplayName = "Import PMO", CurrentTrustId = t.Id, CreatedAt = created, SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            db.Trusts.Add(t);
            db.Users.Add(pmo);
            db.Memberships.Add(new TrustMembership(t.Id, pmo.Id, TrustRole.Pmo));
            await db.SaveChangesAsync();
            return Actor.In(t.Id, pmo.Id, TrustRole.Pmo);
        });
    }

    // One row per (finding, root cause) pair: three root causes a finding, 20 owners, four ISGs, due over the next year.
    private static byte[] PlanCsv(int rows)
    {
        var csv = new StringBuilder("isg,finding_ref,finding_kind,finding_domain,core_service,finding_text,root_cause_ref,root_cause_text,owner_email,baseline_due,forecast_due,status,completed_on,evidence\n");
        var isgs = new[] { "Unscheduled Care", "Scheduled Care", "Workforce", "Well-led" };
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var i = 0; i < rows; i++)
        {
            var finding = i / 3;
            var due = today.AddDays(30 + i % 365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture,
                $"{isgs[finding % isgs.Length]},MD-{finding + 1},Must Do,Safe,Medicine,The trust must ensure safe care on ward {finding + 1}.,RC-{i + 1:00000},Cause {i + 1}: checks are not done on every shift.,owner{i % 20}@import.example,{due},,In Progress,,\n");
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
