using QipTracker.Domain.Plans;

namespace QipTracker.Web.Features.RootCauses;

/// <summary>Whether a root cause's KPI has sustained the intended result, so it may be marked Embedded.</summary>
public interface IEmbeddingRule
{
    Task<EmbeddingVerdict> IsSustainedAsync(RootCause rootCause, CancellationToken ct);
}

public sealed record EmbeddingVerdict(bool Sustained, string Explanation);
