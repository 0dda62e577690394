using System.Globalization;
using System.Reflection;
using System.Text;
using QipTracker.Bench.Data;
using QipTracker.Bench.Load;
using QipTracker.Bench.Scenarios;
using QipTracker.Infrastructure.Persistence;
using Xunit.Abstractions;

namespace QipTracker.Bench.Tests;

/// <summary>
/// The N+1 guard: every request of the bench's catalog (pages, API reads and writes) sends as many SQL commands in a
/// small trust as in one a few times smaller. A count that grows with the data is a query per row, and fails here
/// naming the request. Each size is a fresh database with the generated trust; each request runs once to warm up
/// (compiled queries, caches, a write's first-time set-up), then once counted. No timing is asserted.
/// </summary>
public abstract class RoundTripGuardTests(DatabaseProvider provider, ITestOutputHelper log)
{
    [Fact]
    public async Task Every_request_sends_as_many_SQL_commands_in_a_small_trust_as_in_a_tiny_one()
    {
        var (a, b) = (DataShape.TinyTrust(), DataShape.LargeTrust(small: true));

        var atA = await CountAsync(a);
        var atB = await CountAsync(b);

        var table = new StringBuilder($"| request | {a.Name} | {b.Name} |\n|---|--:|--:|\n");
        foreach (var (name, commands) in atA) table.Append(CultureInfo.InvariantCulture, $"| {name} | {commands} | {atB.GetValueOrDefault(name)} |\n");
        log.WriteLine(table.ToString());
        // Not vacuous: every request of the catalog ran at both sizes, and each reached the database.
        Assert.Equal(CatalogNames().Order(), atA.Keys.Order());
        Assert.Equal(CatalogNames().Order(), atB.Keys.Order());
        Assert.All(atA.Concat(atB), row => Assert.True(row.Value > 0, $"{row.Key}: no SQL counted — is the round-trip counter unhooked?"));
        var grew = atA.Where(row => atB[row.Key] != row.Value).Select(row => $"{row.Key}: {row.Value} commands in the {a.Name}, {atB[row.Key]} in the {b.Name}").ToList();
        Assert.True(grew.Count == 0, $"SQL round trips per request depend on the data (an N+1?):\n{string.Join('\n', grew)}");
    }

    /// <summary>Seeds the shape into a fresh database and counts each request's SQL commands, after one warm-up turn.</summary>
    private async Task<Dictionary<string, int>> CountAsync(DataShape shape)
    {
        await using var database = await BenchDatabase.CreateAsync(provider);
        await using var host = await BenchHost.StartAsync(database.AppArgs);
        var (plan, took, rows) = await new Seeder(host.Services, TextWriter.Null).SeedAsync(shape);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{shape.Name}: {rows:N0} rows seeded in {took.TotalSeconds:F1} s"));
        var trust = new BenchTrust(plan);
        IReadOnlyList<Scenario> scenarios = [.. ScenarioCatalog.Reads(host, trust), .. await ScenarioCatalog.WritesAsync(host, trust)];
        var counts = new Dictionary<string, int>();
        foreach (var scenario in scenarios)
        {
            await scenario.Turn(0, new Lap());
            var lap = new Lap();
            await scenario.Turn(0, lap);
            counts.Add(scenario.Name, lap.RoundTrips);
        }
        return counts;
    }

    // Every request the catalog names (its constants), so a request left out of Reads or Writes fails the test.
    private static IEnumerable<string> CatalogNames() =>
        typeof(ScenarioCatalog).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!);
}

public sealed class RoundTripGuardOnSqlite(ITestOutputHelper log) : RoundTripGuardTests(DatabaseProvider.Sqlite, log);

public sealed class RoundTripGuardOnPostgres(ITestOutputHelper log) : RoundTripGuardTests(DatabaseProvider.Postgres, log);
