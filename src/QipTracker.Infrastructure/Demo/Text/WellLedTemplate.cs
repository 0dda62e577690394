namespace QipTracker.Infrastructure.Demo.Text;

/// <summary>A trust-wide well-led finding, tagged to its CQC key line of enquiry (W1–W8) and prompt, with its typical root causes.</summary>
internal sealed record WellLedTemplate(string Clause, Theme Theme, string Kloe, string Prompt, string Regulation, CauseText[] Causes);
