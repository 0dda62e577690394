using QipTracker.Domain.Plans;

namespace QipTracker.Infrastructure.Demo.Text;

/// <summary>A requirement of an enforcement notice, already worded in full (notices are specific).</summary>
internal sealed record NoticeRequirement(
    string Reference, NoticeKind Notice, string Text, Theme Theme, CqcDomain Domain, string Regulation,
    string? Service, string? Site, string? Place, string Isg, bool SafetyUrgent,
    CauseText[] Causes, string? Kloe = null, string? Prompt = null);
