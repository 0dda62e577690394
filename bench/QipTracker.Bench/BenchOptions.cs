using System.Globalization;
using QipTracker.Bench.Data;

namespace QipTracker.Bench;

/// <summary>
/// The bench's own switches; everything else on the command line is the app's configuration
/// (--Database:Provider=Postgres --ConnectionStrings:Qip=...), as for the app itself.
/// </summary>
/// <param name="Small">--size small: a tenth of the data, short cells (quick runs, the smoke test).</param>
/// <param name="Saas">--shape saas: 200 trusts in one database (PostgreSQL only); --shape large (default): one large trust.</param>
/// <param name="Clients">--clients 1,10,50: the numbers of concurrent clients.</param>
/// <param name="CellSeconds">--seconds N: the most a cell (one row at one number of clients) may run.</param>
/// <param name="Only">--only "SPC,ISG page": measure only the rows and figures whose names contain one of these (to re-measure a fix).</param>
/// <param name="CircuitUsers">--circuits 1,10,25,50: the numbers of simulated users holding a Blazor page open (see Circuits/CircuitLoad).</param>
/// <param name="HoldSeconds">--hold N: how long each number of users holds its pages open and clicks.</param>
/// <param name="ClickEverySeconds">--click-every N: each user's pace, one click every N seconds.</param>
public sealed record BenchOptions(bool Small, bool Saas, IReadOnlyList<int> Clients, double CellSeconds, IReadOnlyList<string> AppArgs,
    IReadOnlyList<string>? Only = null, IReadOnlyList<int>? CircuitUsers = null, double? HoldSeconds = null, double? ClickEverySeconds = null)
{
    public IReadOnlyList<int> Circuits => CircuitUsers ?? (Small ? [1, 2] : [1, 10, 25, 50]);

    public double Hold => HoldSeconds ?? (Small ? 3 : 60);

    public double ClickEvery => ClickEverySeconds ?? (Small ? 0.5 : 5);

    /// <summary>Whether a row or figure (a scenario, or a section such as "board paper" or "import") is measured in this run.</summary>
    public bool Measures(string name) => Only is null || Only.Any(o => name.Contains(o, StringComparison.OrdinalIgnoreCase));

    public DataShape Shape => Saas ? DataShape.Saas(Small) : DataShape.LargeTrust(Small);

    /// <summary>Turns per client wanted in a cell, and the fewest requests a cell should have.</summary>
    public (int PerClient, int Minimum) Requests => Small ? (2, 4) : (5, 30);

    public IReadOnlyList<int> ImportSizes => Small ? [40, 200, 800] : [400, 2_000, 8_000];

    public int RawSqlRuns => Small ? 5 : 30;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var (small, saas, clients, seconds) = (false, false, (IReadOnlyList<int>)[1, 10, 50], (double?)null);
        IReadOnlyList<string>? only = null;
        IReadOnlyList<int>? circuits = null;
        double? hold = null, clickEvery = null;
        var app = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--size":
                    small = Next() switch { "small" => true, "full" => false, var v => throw new ArgumentException($"--size is small or full, not '{v}'.") };
                    break;
                case "--shape":
                    saas = Next() switch { "saas" => true, "large" => false, var v => throw new ArgumentException($"--shape is large or saas, not '{v}'.") };
                    break;
                case "--clients":
                    clients = Next().Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
                    break;
                case "--only":
                    only = Next().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                    break;
                case "--circuits":
                    circuits = Next().Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
                    break;
                case "--hold":
                    hold = double.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--click-every":
                    clickEvery = double.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--seconds":
                    seconds = double.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                default:
                    app.Add(args[i]);
                    break;
            }
        }
        return new BenchOptions(small, saas, clients, seconds ?? (small ? 1 : 6), app, only, circuits, hold, clickEvery);
    }
}
