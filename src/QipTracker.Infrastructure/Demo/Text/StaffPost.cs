namespace QipTracker.Infrastructure.Demo.Text;

internal enum StaffKind { Owner, Chair, Executive }

/// <summary>A post in the pool of demo staff: the ISG it works for and whether it chairs or is accountable for it.</summary>
internal sealed record StaffPost(string JobTitle, string Isg, StaffKind Kind, bool Doctor = false);
