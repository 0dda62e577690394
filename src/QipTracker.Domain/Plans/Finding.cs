using QipTracker.Domain.Common;

namespace QipTracker.Domain.Plans;

/// <summary>One Must Do / Should Do (or notice requirement, or Well-led recommendation) from a CQC report.</summary>
public sealed class Finding : TenantEntity, IVersioned, IInPlanSince
{
    public Guid? InspectionId { get; private set; }
    public string Reference { get; private set; } = "";
    public string Text { get; private set; } = "";
    public FindingKind Kind { get; private set; }
    public string? Source { get; private set; }
    public string? CoreService { get; private set; }
    public string? Site { get; private set; }
    public CqcDomain? Domain { get; private set; }
    public string? Regulation { get; private set; }
    public Guid IsgId { get; private set; }
    public bool SafetyUrgent { get; private set; }
    public string? KloeCode { get; private set; }
    public string? PromptCode { get; private set; }
    public DateOnly AddedToPlanOn { get; private set; }
    public long Version { get; private set; }

    public PriorityClass Priority => Kind.Priority();

    private Finding() { }

    public Finding(Guid trustId, string reference, string text, FindingKind kind, Guid isgId, Guid? inspectionId = null) : base(trustId)
    {
        Reword(reference, text);
        Kind = kind;
        AssignTo(isgId);
        InspectionId = inspectionId;
    }

    public void RecordAddedToPlan(DateOnly on) => AddedToPlanOn = on;

    public IEnumerable<DateOnly?> DatesItCarries() => [];

    public void Reword(string reference, string text)
    {
        if (string.IsNullOrWhiteSpace(reference)) throw new DomainException("A finding needs a reference, e.g. MD-17.");
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException($"Finding {reference} needs its text.");
        Reference = reference.Trim();
        Text = text.Trim();
    }

    public void Reclassify(FindingKind kind) => Kind = kind;

    /// <summary>The inspection whose report set the finding out (none for one raised outside an inspection).</summary>
    public void FromInspection(Guid? inspectionId) => InspectionId = inspectionId;

    public void AssignTo(Guid isgId)
    {
        if (isgId == Guid.Empty) throw new DomainException($"Finding {Reference} needs an owning ISG.");
        IsgId = isgId;
    }

    public void Describe(string? source, string? coreService, string? site, CqcDomain? domain, string? regulation, bool safetyUrgent)
    {
        Source = Clean(source);
        CoreService = Clean(coreService);
        Site = Clean(site);
        Domain = domain;
        Regulation = Clean(regulation);
        SafetyUrgent = safetyUrgent;
    }

    public void TagKloe(string? kloeCode, string? promptCode) => (KloeCode, PromptCode) = Kloe(kloeCode, promptCode);

    /// <summary>
    /// Replaces what the finding says in one step, as a revised plan does: text, kind, owning ISG, domain and core
    /// service. Everything is checked before anything changes, so a refused revision leaves the finding as it was.
    /// Well-led KLOE tags were chosen for the wording they were given with: a new text drops them unless the revision
    /// tags it again; the same text keeps them unless new ones are given. (The priority of the root causes answering
    /// a reclassified finding is theirs to re-derive: <see cref="RootCause.RecomputePriority"/>.)
    /// </summary>
    public void Revise(string text, FindingKind kind, Guid isgId, CqcDomain? domain, string? coreService, string? kloeCode = null, string? promptCode = null)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException($"Finding {Reference} needs its text.");
        if (isgId == Guid.Empty) throw new DomainException($"Finding {Reference} needs an owning ISG.");
        var retagged = Clean(kloeCode) is not null || Clean(promptCode) is not null;
        var (kloe, prompt) = retagged ? Kloe(kloeCode, promptCode)
            : text.Trim() == Text ? (KloeCode, PromptCode)
            : (null, null);

        Text = text.Trim();
        Kind = kind;
        IsgId = isgId;
        Domain = domain;
        CoreService = Clean(coreService);
        (KloeCode, PromptCode) = (kloe, prompt);
    }

    private static (string? Kloe, string? Prompt) Kloe(string? kloeCode, string? promptCode)
    {
        var kloe = Clean(kloeCode)?.ToUpperInvariant();
        var prompt = Clean(promptCode)?.ToUpperInvariant();
        if (kloe is not null && !WellLedKloes.IsKloe(kloe)) throw new DomainException($"'{kloe}' is not a Well-led KLOE (W1–W8).");
        if (prompt is not null && !WellLedKloes.IsPrompt(prompt)) throw new DomainException($"'{prompt}' is not a Well-led prompt (e.g. W4.2).");
        if (prompt is not null && kloe is not null && !prompt.StartsWith(kloe + ".", StringComparison.Ordinal)) throw new DomainException($"Prompt {prompt} does not belong to KLOE {kloe}.");
        return (kloe ?? prompt?[..prompt.IndexOf('.')], prompt);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
