using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Bench.Data;
using QipTracker.Bench.Load;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.Kpis;
using QipTracker.Web.Features.Register;
using QipTracker.Web.Features.Trajectory;

namespace QipTracker.Bench.Figures;

/// <summary>
/// The app's request against the same aggregate written as one SQL query by hand (ADO.NET, no EF), each the median of
/// the same number of runs by one client: how much the app spends beyond what the database must do. The hand-written
/// queries read the same rows the page shows: trajectory counts planned and delivered root causes at each month end;
/// the register's first page of 25 in-progress root causes with owner, ISG and the total; the SPC summary's
/// measurements of one ISG's KPIs (its own and its root causes').
/// </summary>
public sealed class RawSqlComparison(BenchHost host, BenchTrust trust, int runs)
{
    public sealed record Ratio(string Name, double AppMs, double SqlMs)
    {
        public double Times => AppMs / SqlMs;
    }

    public async Task<IReadOnlyList<Ratio>> RunAsync()
    {
        var isg = trust.Chairs[0].IsgId;
        var today = UkDate.DayOf(DateTimeOffset.UtcNow);
        var monthEnds = await MonthEndsAsync(today);
        return
        [
            new("trajectory", await Median(() => host.Send(trust.Pmo, new GetTrajectory())), await Median(() => Query(TrajectorySql(monthEnds), ("t", trust.TrustId)))),
            new("register", await Median(() => host.Send(trust.Pmo, new SearchRegister(Status: RootCauseStatus.InProgress))),
                await Median(() => Query(RegisterSql, ("t", trust.TrustId), ("s", (int)RootCauseStatus.InProgress)))),
            new("SPC summary, one ISG", await Median(() => host.Send(trust.Pmo, new GetSpcSummary(isg))),
                await Median(() => Query(SpcSql, ("t", trust.TrustId), ("isg", isg), ("today", today)))),
        ];
    }

    private async Task<double> Median(Func<Task> work)
    {
        await work(); // warm: the app's compiled queries, the database's plan and pages
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await work();
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
        return Percentiles.Median(times);
    }

    private bool Postgres => host.OnPostgres;

    private string TrajectorySql(IReadOnlyList<DateOnly> monthEnds)
    {
        var values = string.Join(", ", monthEnds.Select(d => $"({DateLiteral(d)})"));
        return $"""
            WITH m(d) AS (VALUES {values})
            SELECT m.d, COUNT(CASE WHEN r."BaselineDue" <= m.d THEN 1 END) AS planned, COUNT(CASE WHEN r."CompletedOn" <= m.d THEN 1 END) AS delivered
            FROM m CROSS JOIN "RootCauses" r
            WHERE r."TrustId" = @t AND r."WithdrawnOn" IS NULL
            GROUP BY m.d ORDER BY m.d
            """;
    }

    private const string RegisterSql = """
        SELECT r."Id", r."Reference", r."Description", u."DisplayName", i."Name", r."Priority", r."BaselineDue", r."ForecastDue", r."Status", r."Version",
               COUNT(*) OVER () AS total
        FROM "RootCauses" r JOIN "AspNetUsers" u ON u."Id" = r."OwnerId" JOIN "Isgs" i ON i."Id" = r."IsgId"
        WHERE r."TrustId" = @t AND r."Status" = @s AND r."WithdrawnOn" IS NULL
        ORDER BY r."Reference" LIMIT 25
        """;

    private const string SpcSql = """
        SELECT m."KpiId", m."Period", m."Value"
        FROM "KpiMeasurements" m JOIN "Kpis" k ON k."Id" = m."KpiId"
        WHERE k."TrustId" = @t AND m."Period" <= @today
          AND (k."IsgId" = @isg OR k."Id" IN (SELECT r."KpiId" FROM "RootCauses" r WHERE r."TrustId" = @t AND r."IsgId" = @isg))
        ORDER BY m."KpiId", m."Period"
        """;

    // The month ends the trajectory spans, from the first due or delivered month to the last due one (read once, untimed).
    private async Task<IReadOnlyList<DateOnly>> MonthEndsAsync(DateOnly today)
    {
        var (first, last) = await host.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var dates = await db.RootCauses.IgnoreQueryFilters().Where(r => r.TrustId == trust.TrustId).Select(r => r.BaselineDue).ToListAsync();
            return (dates.Min(), dates.Max());
        });
        var ends = new List<DateOnly>();
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1))
            ends.Add(month.AddMonths(1).AddDays(-1));
        ends.Add(today);
        return ends;
    }

    private string DateLiteral(DateOnly d) =>
        Postgres ? $"DATE '{d:yyyy-MM-dd}'" : $"'{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'";

    // SQLite keeps Guids as upper-case text and dates as yyyy-MM-dd text (EF Core's mapping); PostgreSQL has uuid and date.
    private object Value(object value) => (Postgres, value) switch
    {
        (false, Guid g) => g.ToString().ToUpperInvariant(),
        (false, DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value,
    };

    private async Task Query(string sql, params (string Name, object Value)[] parameters)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<QipDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = Value(value);
            command.Parameters.Add(p);
        }
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        var sink = new StringBuilder();
        while (await reader.ReadAsync())
            for (var i = 0; i < reader.FieldCount; i++) sink.Append(reader.GetValue(i));
    }
}
