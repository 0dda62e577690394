namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// Which document to make from a <see cref="BoardPaperContent"/>.
/// <list type="bullet">
/// <item><see cref="BoardPaper"/>: the monthly paper to the Trust Board — full cover sheet,
/// Situation, Background, Assessment (3.1–3.6) and Recommendation.</item>
/// <item><see cref="PartnerPack"/>: the system partner oversight pack — for the ICB, NHS England and
/// the improvement director. A summary in place of the cover sheet (trust, position as at, date
/// written, responsible director, author, executive summary, CQC domains), then progress against
/// trajectory, exceptions, KPIs and a blank "Partner feedback" table. It leaves out what belongs to
/// the trust's own board governance: the meeting and its date, what the board is asked to do,
/// strategic objectives, BAF risks, equality impact and FOI status, as well as the internal detail
/// (ISG commentary, Well-led plan, change requests) and the recommendation to the board.</item>
/// </list>
/// </summary>
public enum PaperKind { BoardPaper, PartnerPack }
