using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Kpis.Spc;

namespace QipTracker.Web.Features.Kpis;

/// <summary>What the SPC summary reads from a KPI's chart: its two icons and whether its limits are trial ones.</summary>
public sealed record SpcReading(VariationIcon Variation, AssuranceIcon Assurance, bool TrialLimits)
{
    /// <summary>No chart yet (below 2 points): common cause, no assurance.</summary>
    public static readonly SpcReading None = new(VariationIcon.CommonCause, AssuranceIcon.None, false);

    public static SpcReading Of(SpcResult? chart) => chart is null ? None : new(chart.Variation, chart.Assurance, chart.TrialLimits);
}

/// <summary>
/// The SPC summaries' readings, remembered by exactly what they are computed from: the KPI's SPC settings, the target
/// in force for its latest period, and every value up to the as-of date. A new measurement, a corrected value or a
/// changed setting makes a new key, so a remembered reading is never stale and nothing needs invalidating; old keys
/// age out. Reading 300 charts (31,200 points) took most of the all-KPIs summary's time, on every request.
/// </summary>
public sealed class SpcIcons : IDisposable
{
    /// <summary>Each entry is a few dozen bytes; this bounds the cache at a few MB however many trusts it serves.</summary>
    public const int Capacity = 50_000;

    // Its own cache, so its size limit binds no one else's entries.
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public void Dispose() => cache.Dispose();

    public SpcReading Of(Kpi kpi, IReadOnlyList<KpiValue> values)
    {
        if (values.Count < 2) return SpcReading.None;
        var key = Key(kpi, values);
        if (cache.TryGetValue(key, out SpcReading? known) && known is not null) return known;
        var reading = SpcReading.Of(KpiSpc.Analyse(kpi, values));
        cache.Set(key, reading, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return reading;
    }

    /// <summary>A SHA-256 of every input of <see cref="KpiSpc.Analyse"/>: two different inputs never share a reading.</summary>
    private static (Guid Kpi, string Inputs) Key(Kpi kpi, IReadOnlyList<KpiValue> values)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[sizeof(int) * 5];
        void Add(params ReadOnlySpan<int> numbers)
        {
            for (var i = 0; i < numbers.Length; i++) BitConverter.TryWriteBytes(buffer.AsSpan(i * sizeof(int)), numbers[i]);
            hash.AppendData(buffer.AsSpan(0, numbers.Length * sizeof(int)));
        }
        void AddDecimal(decimal? value)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value ?? 0m, bits);
            Add(value is null ? 0 : 1, bits[0], bits[1], bits[2], bits[3]);
        }

        Add((int)kpi.Frequency, (int)kpi.Direction, kpi.ScreenOutliers ? 1 : 0, kpi.FixLimitsAfter ?? -1, kpi.RebaseAt.Count);
        foreach (var rebase in kpi.RebaseAt) Add(rebase.DayNumber);
        var ordered = values.OrderBy(v => v.Period).ToList();
        AddDecimal(kpi.TargetFor(ordered[^1].Period));
        foreach (var v in ordered)
        {
            Add(v.Period.DayNumber);
            AddDecimal(v.Value);
        }
        return (kpi.Id, Convert.ToBase64String(hash.GetHashAndReset()));
    }
}
