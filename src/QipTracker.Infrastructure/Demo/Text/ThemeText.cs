namespace QipTracker.Infrastructure.Demo.Text;

/// <summary>
/// What any finding on a theme may share: root causes that fit every finding on it, follow-through
/// actions (audit, report), the evidence that closes the loop, and what the root cause's KPI measures.
/// Causes specific to one finding live on its template.
/// </summary>
internal sealed record ThemeText(CauseText[] Causes, string[] Actions, EvidenceText[] Evidence, string Measure);

internal sealed record EvidenceText(string Title, string Shows);
