using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;

namespace QipTracker.Web.Features.RootCauses;

/// <summary>
/// Whether a root cause's KPI has sustained the intended result. Its verdict is what
/// <see cref="RootCause.Embed"/> checks: a verdict of "not yet" refuses the embedding with its reason.
/// </summary>
public interface IEmbeddingRule
{
    Task<SustainVerdict> IsSustainedAsync(RootCause rootCause, CancellationToken ct);
}
