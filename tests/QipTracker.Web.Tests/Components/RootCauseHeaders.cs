using QipTracker.Domain.Plans;
using QipTracker.Web.Features.RootCauses;

namespace QipTracker.Web.Tests.Components;

/// <summary>A root cause's page header as its query returns it, with the permissions a test gives.</summary>
internal static class RootCauseHeaders
{
    public static readonly RootCausePermissions Nothing = new(false, false, false, false, false, false, false, false);

    public static RootCauseHeader With(RootCausePermissions may, RootCauseStatus status = RootCauseStatus.InProgress, bool needsEvidence = false,
        bool delivered = false, Sbar? sbar = null, DateOnly? completedOn = null, long version = 3) =>
        new(new RootCauseDto(Guid.NewGuid(), "RC-007", "Fridge temperatures are not logged", Guid.NewGuid(), "Olive Owner", Guid.NewGuid(),
                "Medicines Safety", PriorityClass.MustDo, new DateOnly(2026, 4, 30), new DateOnly(2026, 5, 20), status, Rag.Green, completedOn,
                0, false, null, sbar ?? Sbar.Empty, ["MD-1"], version),
            may, delivered, needsEvidence, new RootCauseTally(1, 0, 0, 0));
}
