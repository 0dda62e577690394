using QipTracker.Domain.Plans;

namespace QipTracker.Infrastructure.Demo.Text;

/// <summary>
/// One sentence a CQC report might use, after "The trust must/should". {place} is replaced with the
/// ward or department and site. Causes are the root causes a trust typically finds behind it.
/// SafetyCritical templates may be flagged safety-urgent as Must Dos. Places, when given, narrows the
/// wards a sentence makes sense for (CTG checks happen where women labour).
/// </summary>
internal sealed record FindingTemplate(
    string Clause, Theme Theme, CqcDomain Domain, string Regulation, string[] Services, CauseText[] Causes,
    bool SafetyCritical = false, string[]? Places = null);
