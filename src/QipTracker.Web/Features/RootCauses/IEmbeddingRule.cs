using QipTracker.Domain.Plans;

namespace QipTracker.Web.Features.RootCauses;

/// <summary>Whether a root cause's KPI has sustained the intended result, so it may be marked Embedded.</summary>
public interface IEmbeddingRule
{
    Task<EmbeddingVerdict> IsSustainedAsync(RootCause rootCause, CancellationToken ct);
}

public sealed record EmbeddingVerdict(bool Sustained, string Explanation);

/// <summary>
/// PLACEHOLDER until the KPI library lands (issue 5): with no KPI measurements to read, nothing
/// can be shown to be sustained, so embedding is refused with that explanation. Replace this
/// registration with the SPC-based rule; do not loosen it to "always yes".
/// </summary>
public sealed class NoKpiDataEmbeddingRule : IEmbeddingRule
{
    public Task<EmbeddingVerdict> IsSustainedAsync(RootCause rootCause, CancellationToken ct) =>
        Task.FromResult(new EmbeddingVerdict(false,
            "its KPI has no measurements in QipTracker yet, so there is nothing to show the result has been sustained."));
}
