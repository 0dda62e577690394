namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>Schema 1: a row of the Well-led plan, one per KLOE with tagged findings.</summary>
public sealed record WellLedKloeProgress(string KloeCode, string KloeTitle, string ActionsPastMonth, string HowEvidenced, string FuturePlans);

/// <summary>
/// One Well-led key line of enquiry as the board paper lays it out: the question, what the plan holds for it,
/// and per root cause with activity, what was completed in the month, its impact and the next steps.
/// </summary>
/// <param name="Question">E.g. "Is there a culture of high-quality, sustainable care?".</param>
/// <param name="Findings">Findings tagged to the KLOE.</param>
/// <param name="RootCauses">Root causes answering them, live at the month end.</param>
/// <param name="Completed">Of those, completed by the month end.</param>
/// <param name="MoreRootCauses">Root causes with activity left out of <paramref name="Lines"/> for length.</param>
public sealed record WellLedKloe(string Code, string Question, int Findings, int RootCauses, int Completed,
    ValueList<WellLedLine> Lines, int MoreRootCauses);

/// <summary>One root cause's month under a KLOE: completed (actions done), impact (evidence), next steps (actions due).</summary>
public sealed record WellLedLine(string RootCause, string Completed, string Impact, string NextSteps);
