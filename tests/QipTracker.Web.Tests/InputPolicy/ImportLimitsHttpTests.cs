using System.Net.Http.Headers;
using System.Text;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Tests.Importing;
using QipTracker.Web.Features.PlanImport;
using QipTracker.Web.Tests.Kpis;
using QipTracker.Web.Tests.PlanImport;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.InputPolicy;

/// <summary>
/// Oversized and hostile uploads over HTTP (issue 10): the plan import and the KPI measurements upload refuse them
/// with a clear error naming the limit, list at most 200 row errors and count the rest, and name the row and column
/// of any field the input policy refuses.
/// </summary>
public abstract class ImportLimitsHttpTests(QipAppFactory app)
{
    private Task<TestTrust> NewTrust() => TestTrust.CreateAsync(app.Services, $"Imp {Guid.NewGuid():N}"[..12]);

    private static MultipartFormDataContent Form(byte[] file, string fileName, string contentType)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { content, "file", fileName } };
    }

    [Fact]
    public async Task A_workbook_of_half_a_million_rows_is_refused_naming_the_row_limit()
    {
        var pmo = await app.SignedInAsync((await NewTrust())[TrustRole.Pmo]);
        var bomb = HostileWorkbook.Build(sheet =>
        {
            HostileWorkbook.Header(sheet);
            for (var n = 2; n <= 500_001; n++) HostileWorkbook.Row(sheet, n, ["Unscheduled Care"]);
        });

        var errors = await (await pmo.PostAsync("/api/v1/plan/import", Form(bomb, "plan.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))).ErrorsAsync();

        var error = errors.Single("file");
        Assert.StartsWith("The file has more than 10,000 rows below its header;", error);
        Assert.Contains("(Import:MaxRows)", error);
    }

    [Fact]
    public async Task A_file_with_thousands_of_bad_rows_lists_the_first_200_and_counts_the_rest()
    {
        var pmo = await app.SignedInAsync((await NewTrust())[TrustRole.Pmo]);
        var plan = new GeneratedPlan(findings: 50, rootCauses: 1000);
        for (var row = 2; row <= 1001; row++) plan.Sheet.Row(row)["status"] = "Done";

        var errors = await (await pmo.PostAsync("/api/v1/plan/import", Form(plan.Sheet.Csv(), "plan.csv", "text/csv"))).ErrorsAsync();

        Assert.Equal(201, errors.Count);
        Assert.Equal("'Done' is not NotStarted, InProgress, Completed, Assured or Embedded", errors.Single("row 2, status"));
        Assert.True(errors.ContainsKey("row 201, status"));
        Assert.False(errors.ContainsKey("row 202, status"));
        Assert.Equal("800 more errors are not listed: the first 200 are (Import:MaxErrors). Fix those and check the file again.", errors.Single(PlanImportErrors.MoreKey));
    }

    [Fact]
    public async Task A_plan_cell_holding_a_control_character_is_refused_naming_its_row_and_column()
    {
        var pmo = await app.SignedInAsync((await NewTrust())[TrustRole.Pmo]);
        var plan = new GeneratedPlan(findings: 3, rootCauses: 5);
        plan.Sheet.Row(4)["isg"] = "Unscheduled\0Care";

        var errors = await (await pmo.PostAsync("/api/v1/plan/import", Form(plan.Sheet.Csv(), "plan.csv", "text/csv"))).ErrorsAsync();

        Assert.Equal("holds the control character U+0000 at character 12; only tab, line feed and carriage return may be used.", errors.Single("row 4, isg"));
    }

    [Fact]
    public async Task A_measurements_csv_is_held_to_the_same_policy_and_limits()
    {
        var trust = await NewTrust();
        await app.CreateAsync(trust, KpiData.RootCauseKpi("FRIDGE"));
        var pmo = await app.SignedInAsync(trust[TrustRole.Pmo]);
        async Task<IReadOnlyDictionary<string, string[]>> Upload(string csv) =>
            await (await pmo.PostAsync("/api/v1/kpis/measurements/upload", Form(Encoding.UTF8.GetBytes(csv), "values.csv", "text/csv"))).ErrorsAsync();

        var bad = await Upload("kpi_code,period,value,note\nFRIDGE,2026-01,91.5,fine\nFRIDGE,2026-02,92,\"bell\u0007\"\nFRIDGE,2026-03,93," + new string('n', 20_001) + "\n");
        var many = new StringBuilder("kpi_code,period,value\n");
        for (var i = 0; i < 10_001; i++) many.Append("FRIDGE,2026-01,1\n");
        var tooMany = await Upload(many.ToString());

        Assert.Equal("holds the control character U+0007 at character 5; only tab, line feed and carriage return may be used.", bad.Single("row 3, note"));
        Assert.Equal("is 20,001 characters long; a field may hold at most 20,000 (Import:MaxFieldLength)", bad.Single("row 4, note"));
        Assert.Equal("The file has more than 10,000 rows below its header; send at most 10,000 at a time (Import:MaxRows).", tooMany.Single("file"));
    }
}

[Collection(OnSqlite.Name)]
public sealed class ImportLimitsHttpOnSqlite(SqliteApp app) : ImportLimitsHttpTests(app);

[Collection(OnPostgres.Name)]
public sealed class ImportLimitsHttpOnPostgres(PostgresApp app) : ImportLimitsHttpTests(app);
