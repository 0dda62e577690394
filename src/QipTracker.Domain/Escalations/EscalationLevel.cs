namespace QipTracker.Domain.Escalations;

/// <summary>The rungs of the ladder, lowest first: owner → ISG chair → accountable executive → ECIB (weekly digest).</summary>
public enum EscalationLevel { Owner, IsgChair, AccountableExecutive, Ecib }
