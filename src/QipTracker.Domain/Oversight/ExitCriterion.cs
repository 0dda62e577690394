using QipTracker.Domain.Common;

namespace QipTracker.Domain.Oversight;

/// <summary>
/// A condition agreed between the trust and its overseers for leaving enhanced oversight (e.g. "two consecutive
/// inspections rate Maternity at least Requires improvement"). The PMO keeps the list; the partners read it.
/// </summary>
public sealed class ExitCriterion : TenantEntity, IVersioned
{
    public string Text { get; private set; } = "";
    public DateOnly AgreedOn { get; private set; }
    public ExitCriterionStatus Status { get; private set; }
    /// <summary>What shows the status, in words (never a file: partners see no evidence files); blank until there is some.</summary>
    public string EvidenceNote { get; private set; } = "";
    public long Version { get; private set; }

    private ExitCriterion() { }

    public ExitCriterion(Guid trustId, string text, DateOnly agreedOn, ExitCriterionStatus status, string? evidenceNote) : base(trustId) =>
        Revise(text, agreedOn, status, evidenceNote);

    public void Revise(string text, DateOnly agreedOn, ExitCriterionStatus status, string? evidenceNote)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException("Say what the exit criterion is.");
        if (agreedOn == default) throw new DomainException("Give the day the criterion was agreed.");
        if (!Enum.IsDefined(status)) throw new DomainException("Choose the criterion's status.");
        Text = text.Trim();
        AgreedOn = agreedOn;
        Status = status;
        EvidenceNote = evidenceNote?.Trim() ?? "";
    }
}
